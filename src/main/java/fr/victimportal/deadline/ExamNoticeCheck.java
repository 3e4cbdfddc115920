package fr.victimportal.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Whether the R211-43 exam notice arrived in time. When it did not, the A211-11 notice tells the victim they may
 * refuse to attend.
 *
 * @param examinationDate    the exam
 * @param latestReceiptDate  the last day the notice could arrive (depends on {@link #interpretation()})
 * @param noticeReceivedDate the day it arrived
 * @param timely             {@code noticeReceivedDate <= latestReceiptDate}
 * @param clearDays          whole days strictly between receipt and exam
 * @param interpretation     the R211-43 counting reading used
 */
public record ExamNoticeCheck(
        LocalDate examinationDate,
        LocalDate latestReceiptDate,
        LocalDate noticeReceivedDate,
        boolean timely,
        long clearDays,
        AppliedInterpretation interpretation) {

    public ExamNoticeCheck {
        Objects.requireNonNull(examinationDate, "examinationDate");
        Objects.requireNonNull(latestReceiptDate, "latestReceiptDate");
        Objects.requireNonNull(noticeReceivedDate, "noticeReceivedDate");
        Objects.requireNonNull(interpretation, "interpretation");
    }

    static ExamNoticeCheck of(LocalDate exam, LocalDate latest, LocalDate received, AppliedInterpretation reading) {
        long clear = Math.max(0, ChronoUnit.DAYS.between(received, exam) - 1);
        return new ExamNoticeCheck(exam, latest, received, !received.isAfter(latest), clear, reading);
    }
}
