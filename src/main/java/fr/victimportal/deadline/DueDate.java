package fr.victimportal.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The last day of a period before and after the CPC 642 roll-forward.
 *
 * @param nominal     the last day as counted under CPC 641
 * @param effective   the first working day on or after {@code nominal} (CPC 642)
 * @param skippedDays the non-working days between them, in order; empty when the date did not move
 */
public record DueDate(LocalDate nominal, LocalDate effective, List<NonWorkingDay> skippedDays) {

    public DueDate {
        Objects.requireNonNull(nominal, "nominal");
        Objects.requireNonNull(effective, "effective");
        skippedDays = List.copyOf(skippedDays);
        if (effective.isBefore(nominal)) {
            throw new IllegalArgumentException("effective date before nominal date");
        }
    }

    /** A date that must not be rolled forward (e.g. the latest day for the R211-43 exam notice). */
    public static DueDate unshifted(LocalDate date) {
        return new DueDate(date, date, List.of());
    }

    public boolean shifted() {
        return !skippedDays.isEmpty();
    }

    /** The reason the nominal day itself was not a working day. */
    public ShiftReason shiftReason() {
        return skippedDays.isEmpty() ? ShiftReason.NONE : skippedDays.get(0).reason();
    }

    /** The holiday on the nominal day, if that is why it moved; otherwise {@code null}. */
    public Holiday shiftHoliday() {
        return skippedDays.isEmpty() ? null : skippedDays.get(0).holiday();
    }
}
