package fr.victimportal.deadline;

import java.time.LocalDate;
import java.time.Period;
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
        if (f.accidentDate() != null) {
            // R211-29: only a suspension of the offer deadline if missed, never a forfeiture.
            out.add(simple(DeadlineCode.INSURER_NOTICE, EventType.ACCIDENT, f.accidentDate()));
        }
        questionnaire(f.questionnaire(), f.victimOverseasOrAbroad(), DeadlineCode.QUESTIONNAIRE_ANSWER,
                DeadlineCode.QUESTIONNAIRE_REASK, EventType.QUESTIONNAIRE_PRESENTED, out);
        questionnaire(f.postConsolidationQuestionnaire(), f.victimOverseasOrAbroad(),
                DeadlineCode.POST_CONSOLIDATION_QUESTIONNAIRE_ANSWER, DeadlineCode.POST_CONSOLIDATION_QUESTIONNAIRE_REASK,
                EventType.POST_CONSOLIDATION_QUESTIONNAIRE_PRESENTED, out);
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
            out.add(limitation(DeadlineCode.AGGRAVATION_LIMITATION, EventType.AGGRAVATION_CONSOLIDATION,
                    a.consolidationDate(), reading));
        }
    }

    /** R211-31/R211-32: 6 weeks from presentation, +1 month for a victim overseas or abroad (R211-35 al.1). */
    static DueDate answerDue(ProceduralCalendar calendar, LocalDate presented, boolean victimAbroad) {
        return calendar.roll(calendar.nominalEnd(presented, Period.ofMonths(victimAbroad ? 1 : 0).plusDays(42)));
    }

    private void questionnaire(Questionnaire q, boolean victimAbroad, DeadlineCode answerCode, DeadlineCode reaskCode,
            EventType presentedEvent, List<Deadline> out) {
        if (q == null || q.presented() == null) {
            return;
        }
        List<Adjustment> adjustments = victimAbroad
                ? List.of(Adjustment.months(AdjustmentRule.VICTIM_OVERSEAS_OR_ABROAD, 1))
                : List.of();
        out.add(Deadline.of(answerCode, presentedEvent, q.presented(), answerDue(calendar, q.presented(), victimAbroad),
                adjustments, List.of(), Set.of()));
        if (q.firstAnswerIncomplete()) {
            // R211-33: the insurer has 15 days from the incomplete answer to say what is missing.
            out.add(Deadline.of(reaskCode, EventType.INCOMPLETE_ANSWER_RECEIVED, q.firstAnswer(),
                    calendar.due(q.firstAnswer(), reaskCode.basePeriod()), List.of(), List.of(), Set.of()));
        }
    }

    /** R211-43: counted backwards from the exam, so CPC 642 (which only extends) never moves it. */
    private Deadline examNotice(LocalDate exam) {
        return Deadline.of(DeadlineCode.EXAM_NOTICE, EventType.EXAMINATION, exam,
                DueDate.unshifted(latestExamNotice(exam, interpretation)), List.of(),
                List.of(interpretation.applied(InterpretationPoint.EXAM_NOTICE_CLEAR_DAYS)),
                EnumSet.of(DeadlineNote.LATEST_RECEIPT_DATE));
    }

    /** Last day the R211-43 notice may reach the victim: 15 clear days (exam − 16) or, alternatively, exam − 15. */
    static LocalDate latestExamNotice(LocalDate exam, Interpretation interpretation) {
        return exam.minusDays(interpretation.examNoticeInClearDays() ? 16 : 15);
    }

    private Deadline limitation(DeadlineCode code, EventType event, LocalDate consolidation,
            List<AppliedInterpretation> reading) {
        DueDate due = calendar.due(consolidation, code.basePeriod());
        // C. civ. 2229 counts prescription to the last day; whether CPC 642 extends it is debated (DOMAIN §3.1 🟡).
        Set<DeadlineNote> notes = due.shifted() ? EnumSet.of(DeadlineNote.ACT_BEFORE_NOMINAL_DATE) : Set.of();
        return Deadline.of(code, event, consolidation, due, List.of(), reading, notes);
    }

    private Deadline simple(DeadlineCode code, EventType event, LocalDate trigger) {
        return Deadline.of(code, event, trigger, calendar.due(trigger, code.basePeriod()), List.of(), List.of(),
                Set.of());
    }
}
