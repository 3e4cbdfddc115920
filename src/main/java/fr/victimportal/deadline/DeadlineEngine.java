package fr.victimportal.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The legal clock. Immutable and thread-safe: build one per {@link Interpretation} and share it.
 *
 * <p>"Today" is always a parameter (the app derives it from its Europe/Paris clock); it only serves to
 * count suspensions that are still running, and may be {@code null}.
 */
public final class DeadlineEngine {

    private static final Comparator<Deadline> DATE_ORDER = Comparator.comparing(Deadline::dueDate)
            .thenComparing(Deadline::nominalDate)
            .thenComparing(Deadline::code)
            .thenComparing(Deadline::triggerDate);

    private final Interpretation interpretation;

    public DeadlineEngine(Interpretation interpretation) {
        this.interpretation = Objects.requireNonNull(interpretation, "interpretation");
    }

    /** An engine using the readings docs/legal-notes.md recommends. */
    public DeadlineEngine() {
        this(Interpretation.DOMAIN_DEFAULT);
    }

    public Interpretation interpretation() {
        return interpretation;
    }

    /**
     * Every deadline that follows from the facts, in due-date order.
     *
     * @param today the current French local date, used to count open suspensions; may be {@code null}
     * @throws DeadlineInputException when the facts are impossible (e.g. death before the accident)
     */
    public DeadlineSchedule computeAll(ClaimFacts facts, LocalDate today) {
        FactsValidator.required("facts", facts);
        FactsValidator.validate(facts);
        FactsValidator.inRange("today", today);
        ProceduralCalendar calendar = ProceduralCalendar.of(facts.region());
        List<Deadline> deadlines = new ArrayList<>(20);
        new ProcedureDeadlines(calendar, interpretation).addAll(facts, deadlines);
        Deadline mostFavourable = new OfferDeadlines(calendar, interpretation, today).addAll(facts, deadlines);
        deadlines.sort(DATE_ORDER);
        return new DeadlineSchedule(
                deadlines, today, calendar.region(), interpretation, mostFavourable, examNoticeCheck(facts));
    }

    /**
     * The deadlines started by one event, as a calculator: {@code context} supplies the other facts and options
     * (overseas flags, Alsace-Moselle, accident date for the 5-month condition...) and may be
     * {@link ClaimFacts#empty()}. A {@link EventType#SETTLEMENT} returns the withdrawal end and the payment due date.
     *
     * @throws DeadlineInputException for an event that starts no deadline by itself (e.g. a withdrawal-period end)
     */
    public List<Deadline> forEvent(EventType type, LocalDate date, ClaimFacts context, LocalDate today) {
        FactsValidator.required("eventType", type);
        FactsValidator.required("eventDate", date);
        FactsValidator.inRange("eventDate", date);
        ClaimFacts ctx = context == null ? ClaimFacts.empty() : context;
        if (type == EventType.FINAL_JUDGMENT
                || type == EventType.SETTLEMENT && ctx.responsible() == Responsible.UNINSURED) {
            return fundRequestAfter(type, date, ctx);
        }
        ClaimFacts.Builder b = ctx.toBuilder();
        switch (type) {
            case ACCIDENT -> b.accidentDate(date);
            case COMPENSATION_REQUEST -> b.compensationRequestDate(date);
            case CONSOLIDATION -> b.consolidationDate(date);
            case CONSOLIDATION_KNOWN -> b.consolidationKnownDate(date);
            case QUESTIONNAIRE_PRESENTED -> b.questionnaire(presentedOn(ctx.questionnaire(), date));
            case POST_CONSOLIDATION_QUESTIONNAIRE_PRESENTED ->
                b.postConsolidationQuestionnaire(presentedOn(ctx.postConsolidationQuestionnaire(), date));
            case EXAMINATION -> b.examinationDate(date);
            case SETTLEMENT -> b.settlementDate(date);
            case AGGRAVATION_CONSOLIDATION -> b.aggravations(List.of(Aggravation.consolidatedOn(date)));
            default -> throw new DeadlineInputException("eventType", "deadline.error.unsupportedEvent", type);
        }
        return computeAll(b.build(), today).deadlines().stream()
                .filter(d -> d.code().rootEvent() == type)
                .toList();
    }

    /**
     * R421-12, known uninsured responsible: a transaction with them or a final judgment against them opens 1 year to
     * ask the fund. A judgment starts no deadline of this engine in the other cases.
     */
    private List<Deadline> fundRequestAfter(EventType type, LocalDate date, ClaimFacts ctx) {
        if (ctx.responsible() != Responsible.UNINSURED) {
            throw new DeadlineInputException("responsible", "deadline.error.judgmentNeedsUninsured", type);
        }
        FactsValidator.validate(ctx);
        ProceduralCalendar calendar = ProceduralCalendar.of(ctx.region());
        return List.of(new ProcedureDeadlines(calendar, interpretation).fundRequestAfter(type, date));
    }

    /** {@link #forEvent(EventType, LocalDate, ClaimFacts, LocalDate)} with no other facts. */
    public List<Deadline> forEvent(EventType type, LocalDate date) {
        return forEvent(type, date, ClaimFacts.empty(), null);
    }

    /** R211-43: was a notice received on {@code noticeReceived} in time for an exam on {@code examination}? */
    public ExamNoticeCheck checkExamNotice(LocalDate examination, LocalDate noticeReceived) {
        FactsValidator.required("examinationDate", examination);
        FactsValidator.required("examNoticeReceivedDate", noticeReceived);
        FactsValidator.validate(ClaimFacts.builder()
                .examinationDate(examination)
                .examNoticeReceivedDate(noticeReceived)
                .build());
        return ExamNoticeCheck.of(
                examination,
                ProcedureDeadlines.latestExamNotice(examination, interpretation),
                noticeReceived,
                interpretation.applied(InterpretationPoint.EXAM_NOTICE_CLEAR_DAYS));
    }

    private ExamNoticeCheck examNoticeCheck(ClaimFacts f) {
        if (f.examinationDate() == null || f.examNoticeReceivedDate() == null) {
            return null;
        }
        return checkExamNotice(f.examinationDate(), f.examNoticeReceivedDate());
    }

    private static Questionnaire presentedOn(Questionnaire existing, LocalDate date) {
        return existing == null
                ? Questionnaire.presentedOn(date)
                : new Questionnaire(date, existing.answerReceived(), existing.completeReceived(), existing.reaskSent());
    }
}
