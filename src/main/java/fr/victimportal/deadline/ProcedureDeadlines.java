package fr.victimportal.deadline;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The deadlines that are not offer deadlines: the victim's answers and notices, the insurer's re-ask and exam notice,
 * the doctor's report, the settlement's withdrawal and payment, and the limitation periods.
 */
final class ProcedureDeadlines {

    private final ProceduralCalendar calendar;
    private final Interpretation interpretation;

    ProcedureDeadlines(ProceduralCalendar calendar, Interpretation interpretation) {
        this.calendar = calendar;
        this.interpretation = interpretation;
    }

    void addAll(ClaimFacts f, List<Deadline> out) {
        if (f.accidentDate() != null && !f.responsible().fund()) {
            // R211-29: only a suspension of the offer deadline if missed, never a forfeiture.
            out.add(simple(DeadlineCode.INSURER_NOTICE, EventType.ACCIDENT, f.accidentDate()));
        }
        if (f.accidentDate() != null && f.responsible().fund()) {
            fundAfterAccident(f.accidentDate(), f.responsible(), out);
        }
        questionnaire(
                f.questionnaire(),
                f.victimOverseasOrAbroad(),
                DeadlineCode.QUESTIONNAIRE_ANSWER,
                DeadlineCode.QUESTIONNAIRE_REASK,
                EventType.QUESTIONNAIRE_PRESENTED,
                out);
        questionnaire(
                f.postConsolidationQuestionnaire(),
                f.victimOverseasOrAbroad(),
                DeadlineCode.POST_CONSOLIDATION_QUESTIONNAIRE_ANSWER,
                DeadlineCode.POST_CONSOLIDATION_QUESTIONNAIRE_REASK,
                EventType.POST_CONSOLIDATION_QUESTIONNAIRE_PRESENTED,
                out);
        if (f.examinationDate() != null) {
            out.add(examNotice(f.examinationDate()));
            // R211-44: report to insurer, victim and the victim's doctor within 20 days of the exam.
            out.add(simple(DeadlineCode.EXPERT_REPORT, EventType.EXAMINATION, f.examinationDate()));
        }
        if (f.settlementDate() != null) {
            // L211-16: 15 days to withdraw; L211-17: payment one month after that period has ended (chained).
            Deadline withdrawal = simple(DeadlineCode.WITHDRAWAL, EventType.SETTLEMENT, f.settlementDate());
            out.add(withdrawal);
            out.add(simple(DeadlineCode.PAYMENT, EventType.WITHDRAWAL_PERIOD_END, withdrawal.dueDate()));
        }
        if (f.consolidationDate() != null) {
            out.add(limitation(DeadlineCode.LIMITATION, EventType.CONSOLIDATION, f.consolidationDate(), List.of()));
        }
        for (Aggravation a : f.aggravations()) {
            // L211-19 + C. civ. 2226: each aggravation's consolidation opens its own 10 years.
            List<AppliedInterpretation> reading = interpretation.offerDeadlinesApplyToAggravation()
                    ? List.of()
                    : List.of(interpretation.applied(InterpretationPoint.OFFER_DEADLINES_FOR_AGGRAVATION));
            out.add(limitation(
                    DeadlineCode.AGGRAVATION_LIMITATION,
                    EventType.AGGRAVATION_CONSOLIDATION,
                    a.consolidationDate(),
                    reading));
        }
    }

    /** R211-31/R211-32: 6 weeks from presentation, +1 month for a victim overseas or abroad (R211-35 al.1). */
    static DueDate answerDue(ProceduralCalendar calendar, LocalDate presented, boolean victimAbroad) {
        return calendar.roll(calendar.nominalEnd(
                presented, Period.ofMonths(victimAbroad ? 1 : 0).plusDays(42)));
    }

    private void questionnaire(
            Questionnaire q,
            boolean victimAbroad,
            DeadlineCode answerCode,
            DeadlineCode reaskCode,
            EventType presentedEvent,
            List<Deadline> out) {
        if (q == null || q.presented() == null) {
            return;
        }
        List<Adjustment> adjustments =
                victimAbroad ? List.of(Adjustment.months(AdjustmentRule.VICTIM_OVERSEAS_OR_ABROAD, 1)) : List.of();
        out.add(Deadline.of(
                answerCode,
                presentedEvent,
                q.presented(),
                answerDue(calendar, q.presented(), victimAbroad),
                adjustments,
                List.of(),
                Set.of()));
        if (q.firstAnswerIncomplete()) {
            // R211-33: the insurer has 15 days from the incomplete answer to say what is missing.
            out.add(Deadline.of(
                    reaskCode,
                    EventType.INCOMPLETE_ANSWER_RECEIVED,
                    q.firstAnswer(),
                    calendar.due(q.firstAnswer(), reaskCode.basePeriod()),
                    List.of(),
                    List.of(),
                    Set.of()));
        }
    }

    /** R211-43: counted backwards from the exam, so CPC 642 (which only extends) never moves it. */
    private Deadline examNotice(LocalDate exam) {
        return Deadline.of(
                DeadlineCode.EXAM_NOTICE,
                EventType.EXAMINATION,
                exam,
                DueDate.unshifted(latestExamNotice(exam, interpretation)),
                List.of(),
                List.of(interpretation.applied(InterpretationPoint.EXAM_NOTICE_CLEAR_DAYS)),
                EnumSet.of(DeadlineNote.LATEST_RECEIPT_DATE));
    }

    /** Last day the R211-43 notice may reach the victim: 15 clear days (exam − 16) or, alternatively, exam − 15. */
    static LocalDate latestExamNotice(LocalDate exam, Interpretation interpretation) {
        return exam.minusDays(interpretation.examNoticeInClearDays() ? 16 : 15);
    }

    private Deadline limitation(
            DeadlineCode code, EventType event, LocalDate consolidation, List<AppliedInterpretation> reading) {
        return outsideSection(
                code, event, consolidation, code.basePeriod(), reading, EnumSet.noneOf(DeadlineNote.class));
    }

    /**
     * R421-12 after the accident: responsible unknown, request to the fund within 3 years and agreement with it or
     * action within 5 years; known but uninsured, transaction with them or action within 5 years (their 1-year request
     * runs from that transaction or judgment: {@link #fundRequestAfter}).
     */
    void fundAfterAccident(LocalDate accident, Responsible responsible, List<Deadline> out) {
        DeadlineNote who = responsible == Responsible.UNKNOWN
                ? DeadlineNote.RESPONSIBLE_UNKNOWN
                : DeadlineNote.RESPONSIBLE_UNINSURED;
        if (responsible == Responsible.UNKNOWN) {
            out.add(outsideSection(
                    DeadlineCode.FGAO_REQUEST,
                    EventType.ACCIDENT,
                    accident,
                    Period.ofYears(3),
                    List.of(),
                    EnumSet.of(DeadlineNote.FROM_KNOWLEDGE_OF_DAMAGE, who, DeadlineNote.FUND_OFFER_DEADLINES)));
        }
        out.add(outsideSection(
                DeadlineCode.FGAO_AGREEMENT_OR_ACTION,
                EventType.ACCIDENT,
                accident,
                Period.ofYears(5),
                List.of(),
                EnumSet.of(DeadlineNote.FROM_KNOWLEDGE_OF_DAMAGE, who)));
    }

    /** R421-12, known uninsured responsible: request to the fund within 1 year of the transaction or final judgment. */
    Deadline fundRequestAfter(EventType event, LocalDate date) {
        return outsideSection(
                DeadlineCode.FGAO_REQUEST,
                event,
                date,
                Period.ofYears(1),
                List.of(),
                EnumSet.of(
                        DeadlineNote.FROM_KNOWLEDGE_OF_DAMAGE,
                        DeadlineNote.RESPONSIBLE_UNINSURED,
                        DeadlineNote.FUND_OFFER_DEADLINES));
    }

    /**
     * A limitation or foreclosure period (C. civ. 2226 and 2229, R421-12): outside R211-36, so CPC 642 does not move
     * it. Prudent reading by default (docs/legal-notes.md): the date to act is the nominal date; when that is not a working
     * day the deadline says so and names the reading used, and the other reading (moved to the next working day) is
     * one switch away.
     */
    private Deadline outsideSection(
            DeadlineCode code,
            EventType event,
            LocalDate trigger,
            Period period,
            List<AppliedInterpretation> reading,
            Set<DeadlineNote> notes) {
        DueDate rolled = calendar.due(trigger, period);
        if (!rolled.shifted()) {
            return Deadline.of(code, event, trigger, period, rolled, reading, notes);
        }
        List<AppliedInterpretation> readings = new ArrayList<>(reading);
        readings.add(interpretation.applied(InterpretationPoint.LIMITATION_ON_NON_WORKING_DAY));
        Set<DeadlineNote> more = EnumSet.noneOf(DeadlineNote.class);
        more.addAll(notes);
        more.add(DeadlineNote.ACT_BEFORE_NOMINAL_DATE);
        DueDate due = interpretation.limitationRolledToWorkingDay() ? rolled : DueDate.unshifted(rolled.nominal());
        return Deadline.of(code, event, trigger, period, due, readings, more);
    }

    private Deadline simple(DeadlineCode code, EventType event, LocalDate trigger) {
        return Deadline.of(
                code, event, trigger, calendar.due(trigger, code.basePeriod()), List.of(), List.of(), Set.of());
    }
}
