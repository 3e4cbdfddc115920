package fr.victimportal.expertise;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.events.ExpertReportFiled;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.EventType;
import fr.victimportal.deadline.ExamNoticeCheck;
import fr.victimportal.expertise.domain.ExaminationNotice;
import fr.victimportal.expertise.domain.ExaminationNoticeRepository;
import fr.victimportal.expertise.domain.ExpertReport;
import fr.victimportal.expertise.domain.ExpertReportRepository;
import fr.victimportal.expertise.events.ExaminationNoticeRecorded;
import fr.victimportal.expertise.events.ReportFiguresRecorded;
import fr.victimportal.expertise.events.ReportReceived;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The insurer's medical examination (docs/legal-notes.md): the notice copied from the letter by an agent or by the victim,
 * checked against R211-43 (received at least 15 days before, every item present), and the R211-44 report date.
 */
@Service
@Transactional
public class Examinations {

    /** Who sees the examination: the victim, their caseworker and doctor, the insurer's agent and examining doctor. */
    private static final Set<Relation> READERS = EnumSet.allOf(Relation.class);
    /** Who records a notice: the insurer's agent, or the victim copying the letter they received. */
    private static final Set<Relation> WRITERS = EnumSet.of(Relation.OWNER, Relation.AGENT);

    /** An item R211-43 wants in the notice, missing from this one (it asks for the date and place, not the time). */
    public enum MissingItem {
        QUALIFICATIONS,
        PURPOSE,
        PLACE,
        INSURER,
        ASSISTANCE_RIGHT;

        public String messageKey() {
            return "exam.missing." + name();
        }
    }

    /** The latest notice with its checks, as the screens show it. */
    public record NoticeFile(
            long id,
            ClaimFile claim,
            NoticeInput notice,
            ExamNoticeCheck check,
            List<MissingItem> missing,
            Deadline report,
            LocalDate reportReceivedOn,
            boolean reportLate,
            boolean mayRecord) {}

    private final ClaimService claims;
    private final ExaminationNoticeRepository notices;
    private final ClaimDeadlines claimDeadlines;
    private final ExpertReportRepository reports;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeadlineEngine engine = new DeadlineEngine();

    Examinations(
            ClaimService claims,
            ExaminationNoticeRepository notices,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            ClaimDeadlines claimDeadlines,
            ExpertReportRepository reports) {
        this.claimDeadlines = claimDeadlines;
        this.reports = reports;
        this.claims = claims;
        this.notices = notices;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The claim as this user sees it, or "not found" for anyone who has no part in it, as for a wrong reference. */
    @Transactional(readOnly = true)
    public ClaimFile claim(String reference) {
        ClaimFile file = claims.open(reference);
        if (!READERS.contains(file.viewer()) || !file.submitted()) {
            throw new ClaimNotFoundException(reference);
        }
        // a caseworker sees the examination when the mandate covers accompanying the victim to it (docs/legal-notes.md)
        return file.require(HelperScope.ACCOMPANY);
    }

    public boolean mayRecord(ClaimFile file) {
        return WRITERS.contains(file.viewer());
    }

    /** Records the notice as the letter states it; the claim's legal clock and reminders follow in the same transaction. */
    public long record(String reference, NoticeInput in) {
        ClaimFile file = claim(reference);
        if (!mayRecord(file)) {
            throw new UserInputException(null, "exam.error.notAllowed");
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.PARIS));
        NoticeInput clean = ExamInputChecks.notice(in, file.accident().date(), today);
        ExaminationNotice notice = new ExaminationNotice(
                file.reference(), clean, currentUser.require().id(), clock.instant());
        notice.belongsTo(currentCycle(file));
        long id = notices.saveAndFlush(notice).getId();
        events.publishEvent(new ExaminationNoticeRecorded(file.reference(), id, clean.examDate()));
        return id;
    }

    /** The victim (or the agent) records the day the report arrived: the "report late" warning and reminder stop. */
    public void reportReceived(String reference, LocalDate on) {
        ClaimFile file = claim(reference);
        if (!mayRecord(file)) {
            throw new UserInputException(null, "exam.error.notAllowed");
        }
        ExaminationNotice notice = notices.findFirstByClaimReferenceAndAggravationIdOrderByIdDesc(
                        file.reference(), currentCycle(file))
                .orElseThrow(() -> new UserInputException(null, "exam.none"));
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.PARIS));
        if (on == null || on.isAfter(today) || on.isBefore(notice.input().examDate())) {
            throw new UserInputException("reportReceivedOn", "exam.error.reportDate");
        }
        notice.reportReceived(on);
        notices.saveAndFlush(notice);
        events.publishEvent(new ReportReceived(file.reference(), notice.getId(), on));
    }

    @Transactional(readOnly = true)
    public Optional<NoticeFile> latest(String reference) {
        ClaimFile file = claim(reference);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.PARIS));
        return notices.findFirstByClaimReferenceAndAggravationIdOrderByIdDesc(file.reference(), currentCycle(file))
                .map(n -> {
                    NoticeInput in = n.input();
                    Deadline report = engine.forEvent(EventType.EXAMINATION, in.examDate()).stream()
                            .filter(d -> d.code() == DeadlineCode.EXPERT_REPORT)
                            .findFirst()
                            .orElseThrow();
                    return new NoticeFile(
                            n.getId(),
                            file,
                            in,
                            engine.checkExamNotice(in.examDate(), in.noticeReceivedOn()),
                            missing(in),
                            report,
                            n.getReportReceivedOn(),
                            n.getReportReceivedOn() == null && today.isAfter(report.dueDate()),
                            mayRecord(file));
                });
    }

    /**
     * The report was filed as a document (medical module): it reached the victim today, so the "report late" warning
     * and reminder stop. Only the current cycle's latest notice, and only when its exam has taken place. Runs in the
     * upload's transaction: the document and the date it implies are committed together.
     */
    @EventListener
    public void onReportFiled(ExpertReportFiled filed) {
        Long cycle =
                claimDeadlines.cycles().currentCycle(filed.claimReference()).orElse(null);
        notices.findFirstByClaimReferenceAndAggravationIdOrderByIdDesc(filed.claimReference(), cycle)
                .filter(n -> n.getReportReceivedOn() == null
                        && !filed.on().isBefore(n.input().examDate()))
                .ifPresent(n -> {
                    n.reportReceived(filed.on());
                    notices.saveAndFlush(n);
                    events.publishEvent(new ReportReceived(filed.claimReference(), n.getId(), filed.on()));
                });
    }

    /** The victim, the insurer's agent or the examining doctor may copy the report's figures. */
    public boolean mayRecordReport(ClaimFile file) {
        return WRITERS.contains(file.viewer()) || file.viewer() == Relation.EXPERT;
    }

    /** The Dintilhac heads a report may retain besides DFT, SE, PET, PEP and DFP (docs/legal-notes.md). */
    public static final List<DintilhacHead> OTHER_HEADS = DintilhacHead.withoutReportFigures();

    /**
     * Records the figures the report states (consolidation, DFT periods and classes, SE and PE grades on 7, DFP rate,
     * other heads) for the current cycle, so the offer review can compare the offer with them.
     */
    public long recordReport(String reference, ReportInput in) {
        ClaimFile file = claim(reference);
        if (!mayRecordReport(file)) {
            throw new UserInputException(null, "exam.error.notAllowed");
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.PARIS));
        ReportInput clean = ExamInputChecks.report(in, file.accident().date(), today, OTHER_HEADS);
        long id = reports.saveAndFlush(new ExpertReport(
                        file.reference(),
                        currentCycle(file),
                        clean,
                        currentUser.require().id(),
                        clock.instant()))
                .getId();
        events.publishEvent(new ReportFiguresRecorded(file.reference(), id));
        return id;
    }

    /** The latest report figures of the current cycle, if any. */
    @Transactional(readOnly = true)
    public Optional<ReportInput> latestReport(String reference) {
        ClaimFile file = claim(reference);
        return reports.findFirstByClaimReferenceAndAggravationIdOrderByIdDesc(file.reference(), currentCycle(file))
                .map(ExpertReport::input);
    }

    /** The cycle the claim is in: the latest aggravation declared (L211-19), or null for the initial claim. */
    private Long currentCycle(ClaimFile file) {
        return claimDeadlines.cycles().currentCycle(file.reference()).orElse(null);
    }

    /** The appointment as an iCalendar file (RFC 5545) with the place and a reminder the day before. */
    @Transactional(readOnly = true)
    public byte[] calendar(String reference, String summary, String description, String alarm) {
        NoticeFile f = latest(reference).orElseThrow(() -> new UserInputException(null, "exam.none"));
        return ExamCalendar.event(
                "exam-" + f.id() + "@victim-portal", f.notice(), summary, description, alarm, clock.instant());
    }

    static List<MissingItem> missing(NoticeInput in) {
        List<MissingItem> out = new ArrayList<>();
        if (in.qualifications() == null) {
            out.add(MissingItem.QUALIFICATIONS);
        }
        if (in.purpose() == null) {
            out.add(MissingItem.PURPOSE);
        }
        if (in.place() == null) {
            out.add(MissingItem.PLACE);
        }
        if (in.insurerName() == null) {
            out.add(MissingItem.INSURER);
        }
        if (!in.assistanceRightStated()) {
            out.add(MissingItem.ASSISTANCE_RIGHT);
        }
        return out;
    }
}
