package fr.victimportal.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day skipped by the CPC 642 roll-forward. A public holiday that falls on a weekend is reported as the holiday, the
 * more specific reason.
 *
 * @param holiday the holiday, or {@code null} unless {@code reason} is {@link ShiftReason#PUBLIC_HOLIDAY}
 */
public record NonWorkingDay(LocalDate date, ShiftReason reason, Holiday holiday) {

    public NonWorkingDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        if ((reason == ShiftReason.PUBLIC_HOLIDAY) != (holiday != null) || reason == ShiftReason.NONE) {
            throw new IllegalArgumentException("inconsistent non-working day: " + reason + " / " + holiday);
        }
    }
}
