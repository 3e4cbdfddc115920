package fr.victimportal.deadline;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Suspensions stop an offer deadline's clock for an interval (R211-29, R211-31, R211-32, as limited by R211-33).
 * Stateless; every method is a pure function of its arguments.
 */
final class SuspensionCalculator {

    /** R211-33: the insurer's 15 days to re-ask, from receipt of the incomplete answer (al.2 wording). */
    private static final Period REASK_PERIOD = Period.ofDays(15);

    private SuspensionCalculator() {}

    /** Outcome of applying suspensions: the new nominal end and each suspension with the days it really added. */
    record Applied(LocalDate end, List<Adjustment> adjustments, boolean ongoing) {}

    /**
     * Adds each suspension to the running deadline. A suspension counts only for the part that falls after the
     * trigger, is not already covered by another suspension, and begins while the deadline is still running (a clock
     * that has run out cannot be stopped); a suspension that begins on the last day itself is not counted, since the
     * deadline expires at 24:00 of that day, the very moment the suspension would begin (CPC 642 al.1).
     *
     * @param today the day up to which an open suspension counts, or {@code null} (then it adds nothing yet)
     */
    static Applied apply(LocalDate trigger, LocalDate nominalEnd, List<Adjustment> suspensions, LocalDate today) {
        if (suspensions.isEmpty()) {
            return new Applied(nominalEnd, List.of(), false);
        }
        List<Adjustment> sorted = new ArrayList<>(suspensions);
        sorted.sort(Comparator.comparing(Adjustment::start));
        LocalDate end = nominalEnd;
        LocalDate coveredUntil = trigger;
        boolean ongoing = false;
        List<Adjustment> applied = new ArrayList<>(sorted.size());
        for (Adjustment s : sorted) {
            LocalDate from = s.start().isAfter(coveredUntil) ? s.start() : coveredUntil;
            LocalDate to = s.end() != null ? s.end() : (today != null && today.isAfter(s.start()) ? today : s.start());
            long days = 0;
            if (to.isAfter(from) && from.isBefore(end)) {
                days = ChronoUnit.DAYS.between(from, to);
                end = end.plusDays(days);
            }
            if (to.isAfter(coveredUntil)) {
                coveredUntil = to;
            }
            ongoing |= s.ongoing();
            applied.add(s.withDaysAdded(days));
        }
        return new Applied(end, applied, ongoing);
    }

    /** R211-29: insurer not told within the month (as extended by CPC 642): suspended from then until the notice. */
    static Adjustment lateNotice(LocalDate accident, LocalDate notice, ProceduralCalendar calendar) {
        if (accident == null || notice == null) {
            return null;
        }
        LocalDate monthEnd = calendar.due(accident, Period.ofMonths(1)).effective();
        return notice.isAfter(monthEnd)
                ? new Adjustment(AdjustmentRule.LATE_NOTICE_TO_INSURER, monthEnd, notice, 0, 0, false)
                : null;
    }

    /** The suspension (if any) caused by a questionnaire, and what the UI should be told about it. */
    record QuestionnaireOutcome(Adjustment suspension, Set<DeadlineNote> notes) {
        static final QuestionnaireOutcome NONE = new QuestionnaireOutcome(null, EnumSet.noneOf(DeadlineNote.class));
    }

    /**
     * R211-31 / R211-32 with R211-33. The suspension runs from the end of the victim's 6 weeks (as extended by
     * R211-35 and CPC 642) until the requested information arrives, except that when the insurer fails to re-ask
     * within 15 days of an incomplete answer: (a) an answer after the 6 weeks ends the suspension 15 days after its
     * receipt; (b) an answer within the 6 weeks means no suspension at all.
     *
     * @param answerDue effective end of the victim's answer period
     */
    static QuestionnaireOutcome questionnaire(
            Questionnaire q, LocalDate answerDue, AdjustmentRule rule, ProceduralCalendar calendar, LocalDate today) {
        if (q == null || q.presented() == null) {
            return QuestionnaireOutcome.NONE;
        }
        Set<DeadlineNote> notes = EnumSet.noneOf(DeadlineNote.class);
        LocalDate first = q.firstAnswer();
        LocalDate complete = q.completeReceived();
        if (first == null) {
            if (today != null && !today.isAfter(answerDue)) {
                return QuestionnaireOutcome.NONE; // the victim still has time; nothing is suspended yet
            }
            return new QuestionnaireOutcome(open(rule, answerDue), EnumSet.of(DeadlineNote.SUSPENSION_ONGOING));
        }
        boolean incomplete = q.firstAnswerIncomplete();
        if (!incomplete) {
            return first.isAfter(answerDue)
                    ? new QuestionnaireOutcome(closed(rule, answerDue, first), notes)
                    : QuestionnaireOutcome.NONE;
        }
        if (complete != null && !complete.isAfter(answerDue)) {
            return QuestionnaireOutcome.NONE; // completed within the 6 weeks after all
        }
        LocalDate reaskDue = calendar.due(first, REASK_PERIOD).effective();
        boolean reaskedInTime = q.reaskSent() != null && !q.reaskSent().isAfter(reaskDue);
        boolean reaskStillPossible = q.reaskSent() == null && (today == null || !today.isAfter(reaskDue));
        if (reaskStillPossible) {
            notes.add(DeadlineNote.REASK_STILL_POSSIBLE);
        }
        if (reaskedInTime) {
            if (complete == null) {
                notes.add(DeadlineNote.SUSPENSION_ONGOING);
                return new QuestionnaireOutcome(open(rule, answerDue), notes);
            }
            return new QuestionnaireOutcome(closed(rule, answerDue, complete), notes);
        }
        if (!first.isAfter(answerDue)) {
            if (!reaskStillPossible) {
                notes.add(DeadlineNote.NO_SUSPENSION_LATE_REASK); // R211-33 al.2, branch (b)
            }
            return new QuestionnaireOutcome(null, notes);
        }
        // R211-33 al.2, branch (a): the suspension stops 15 days after the late, incomplete answer.
        LocalDate stop = complete != null && complete.isBefore(reaskDue) ? complete : reaskDue;
        return new QuestionnaireOutcome(closed(rule, answerDue, stop), notes);
    }

    private static Adjustment open(AdjustmentRule rule, LocalDate start) {
        return new Adjustment(rule, start, null, 0, 0, true);
    }

    private static Adjustment closed(AdjustmentRule rule, LocalDate start, LocalDate end) {
        return new Adjustment(rule, start, end, 0, 0, false);
    }
}
