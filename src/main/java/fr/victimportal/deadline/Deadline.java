package fr.victimportal.deadline;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One computed deadline. Texts live in the UI: {@link DeadlineCode#titleKey()}, {@link DeadlineCode#explanationKey()},
 * {@link DeadlineCode#ifMissedKey()} and the {@code messageKey()} of every enum below.
 *
 * @param code            stable identifier
 * @param triggerEvent    the event the period runs from
 * @param triggerDate     its date
 * @param period          the period set by the text, before suspensions and extensions
 * @param nominalDate     last day under CPC 641 after suspensions and extensions (for {@link DeadlineCode#EXAM_NOTICE}:
 *                        the last day the notice may arrive)
 * @param dueDate         {@code nominalDate} moved to the next working day under CPC 642 (same for backward periods)
 * @param shiftReason     why it moved, {@link ShiftReason#NONE} if it did not
 * @param shiftHoliday    the holiday on the nominal day when that is the reason, else {@code null}
 * @param skippedDays     every non-working day skipped, in order
 * @param actor           who must act
 * @param legalBasis      short citation of the main article; each adjustment carries its own
 * @param adjustments     suspensions and extensions applied, in the order they were applied
 * @param interpretations open legal points (docs/legal-notes.md) that influenced this deadline, and which reading was used
 * @param notes           further facts to show
 */
public record Deadline(
        DeadlineCode code,
        EventType triggerEvent,
        LocalDate triggerDate,
        Period period,
        LocalDate nominalDate,
        LocalDate dueDate,
        ShiftReason shiftReason,
        Holiday shiftHoliday,
        List<NonWorkingDay> skippedDays,
        Actor actor,
        String legalBasis,
        List<Adjustment> adjustments,
        List<AppliedInterpretation> interpretations,
        Set<DeadlineNote> notes) {

    public Deadline {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(triggerEvent, "triggerEvent");
        Objects.requireNonNull(triggerDate, "triggerDate");
        Objects.requireNonNull(nominalDate, "nominalDate");
        Objects.requireNonNull(dueDate, "dueDate");
        skippedDays = List.copyOf(skippedDays);
        adjustments = List.copyOf(adjustments);
        interpretations = List.copyOf(interpretations);
        notes = Collections.unmodifiableSet(
                notes.isEmpty() ? EnumSet.noneOf(DeadlineNote.class) : EnumSet.copyOf(notes));
    }

    static Deadline of(
            DeadlineCode code,
            EventType triggerEvent,
            LocalDate triggerDate,
            DueDate due,
            List<Adjustment> adjustments,
            List<AppliedInterpretation> interpretations,
            Set<DeadlineNote> notes) {
        return new Deadline(
                code,
                triggerEvent,
                triggerDate,
                code.basePeriod(),
                due.nominal(),
                due.effective(),
                due.shiftReason(),
                due.shiftHoliday(),
                due.skippedDays(),
                code.actor(),
                code.legalBasis(),
                adjustments,
                interpretations,
                notes);
    }

    /** A deadline whose period is not its code's base period (the fund's request: 3 years or 1 year). */
    static Deadline of(
            DeadlineCode code,
            EventType triggerEvent,
            LocalDate triggerDate,
            Period period,
            DueDate due,
            List<AppliedInterpretation> interpretations,
            Set<DeadlineNote> notes) {
        return new Deadline(
                code,
                triggerEvent,
                triggerDate,
                period,
                due.nominal(),
                due.effective(),
                due.shiftReason(),
                due.shiftHoliday(),
                due.skippedDays(),
                code.actor(),
                code.legalBasis(),
                List.of(),
                interpretations,
                notes);
    }

    /** True when an open-point switch influenced this deadline: show its interpretation note next to it. */
    public boolean interpretationApplied() {
        return !interpretations.isEmpty();
    }

    /** True when CPC 642 moved the date. */
    public boolean shifted() {
        return !dueDate.equals(nominalDate);
    }

    /** True while a suspension still runs: the due date is a floor that moves later every day. */
    public boolean provisional() {
        return notes.contains(DeadlineNote.SUSPENSION_ONGOING);
    }

    Deadline withNote(DeadlineNote note) {
        Set<DeadlineNote> more = new LinkedHashSet<>(notes);
        more.add(note);
        return new Deadline(
                code,
                triggerEvent,
                triggerDate,
                period,
                nominalDate,
                dueDate,
                shiftReason,
                shiftHoliday,
                skippedDays,
                actor,
                legalBasis,
                adjustments,
                interpretations,
                more);
    }

    Deadline withInterpretation(AppliedInterpretation applied) {
        List<AppliedInterpretation> more = new ArrayList<>(interpretations);
        more.add(applied);
        return new Deadline(
                code,
                triggerEvent,
                triggerDate,
                period,
                nominalDate,
                dueDate,
                shiftReason,
                shiftHoliday,
                skippedDays,
                actor,
                legalBasis,
                adjustments,
                more,
                notes);
    }
}
