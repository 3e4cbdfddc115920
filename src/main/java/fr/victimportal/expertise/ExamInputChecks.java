package fr.victimportal.expertise;

import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.ReportFacts.DftPeriod;
import fr.victimportal.shared.SingleLine;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The checks on what {@link Examinations} records, run whatever the screen checked: the notice copied from the
 * insurer's letter and the figures copied from the report. Each refusal names the field; each check returns the input
 * as it is stored (stripped, blanks as {@code null}).
 */
final class ExamInputChecks {

    private ExamInputChecks() {}

    /** The notice of an examination of the claim whose accident happened on {@code accident} (may be unknown). */
    static NoticeInput notice(NoticeInput in, LocalDate accident, LocalDate today) {
        if (in.examiningDoctor() == null || in.examiningDoctor().isBlank()) {
            throw new UserInputException("examiningDoctor", "exam.error.doctor");
        }
        if (in.examDate() == null) {
            throw new UserInputException("examDate", "exam.error.examDate");
        }
        if (accident != null && in.examDate().isBefore(accident)) {
            throw new UserInputException("examDate", "exam.error.examBeforeAccident");
        }
        if (in.noticeReceivedOn() == null || in.noticeReceivedOn().isAfter(today)) {
            throw new UserInputException("noticeReceivedOn", "exam.error.received");
        }
        if (in.noticeReceivedOn().isAfter(in.examDate())) {
            throw new UserInputException("noticeReceivedOn", "exam.error.receivedAfterExam");
        }
        if (tooLong(in.examiningDoctor(), 120)
                || tooLong(in.qualifications(), 200)
                || tooLong(in.purpose(), 400)
                || tooLong(in.place(), 300)
                || tooLong(in.insurerName(), 120)) {
            throw new UserInputException(null, "exam.error.tooLong");
        }
        SingleLine.check("examiningDoctor", in.examiningDoctor().strip());
        SingleLine.check("qualifications", in.qualifications());
        SingleLine.check("place", in.place());
        SingleLine.check("insurerName", in.insurerName());
        SingleLine.checkMultiLine("purpose", in.purpose());
        return new NoticeInput(
                in.examiningDoctor().strip(),
                blankToNull(in.qualifications()),
                blankToNull(in.purpose()),
                in.examDate(),
                in.examTime(),
                blankToNull(in.place()),
                blankToNull(in.insurerName()),
                in.assistanceRightStated(),
                in.noticeReceivedOn());
    }

    /**
     * The report's figures: dates between the accident and today, DFT periods in the usual classes, SE and PE grades
     * on 7 by halves, a DFP rate in percent, and only the heads in {@code otherHeads} besides those.
     */
    static ReportInput report(ReportInput in, LocalDate accident, LocalDate today, List<DintilhacHead> otherHeads) {
        if (in.reportDate() == null
                || in.reportDate().isAfter(today)
                || (accident != null && in.reportDate().isBefore(accident))) {
            throw new UserInputException("reportDate", "exam.report.error.reportDate");
        }
        if (in.consolidation() != null
                && (in.consolidation().isAfter(in.reportDate())
                        || (accident != null && in.consolidation().isBefore(accident)))) {
            throw new UserInputException("consolidation", "exam.report.error.consolidation");
        }
        for (DftPeriod p : in.dft()) {
            if (p.from() == null
                    || p.to() == null
                    || p.to().isBefore(p.from())
                    || (accident != null && p.from().isBefore(accident))
                    || p.to().isAfter(in.reportDate())
                    || !Set.of(10, 25, 50, 75, 100).contains(p.rate())) {
                throw new UserInputException("dft", "exam.report.error.dft");
            }
        }
        for (BigDecimal g : Arrays.asList(in.seGrade(), in.petGrade(), in.pepGrade())) {
            if (g != null
                    && (g.compareTo(new BigDecimal("0.5")) < 0
                            || g.compareTo(BigDecimal.valueOf(7)) > 0
                            || g.multiply(BigDecimal.valueOf(2))
                                            .stripTrailingZeros()
                                            .scale()
                                    > 0)) {
                throw new UserInputException("grades", "exam.report.error.grade");
            }
        }
        if (in.dfpRate() != null && (in.dfpRate() < 1 || in.dfpRate() > 100)) {
            throw new UserInputException("dfpRate", "exam.report.error.dfp");
        }
        Set<DintilhacHead> others = in.otherHeads() == null ? Set.of() : in.otherHeads();
        if (!otherHeads.containsAll(others)) {
            throw new UserInputException("otherHeads", "exam.report.error.heads");
        }
        return new ReportInput(
                in.reportDate(),
                in.consolidation(),
                in.dft() == null ? List.of() : in.dft(),
                in.seGrade(),
                in.petGrade(),
                in.pepGrade(),
                in.dfpRate(),
                others);
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.strip().length() > max;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
