package fr.victimportal.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One suspension or extension applied to a deadline, kept for the audit trail the victim sees (docs/legal-notes.md).
 *
 * @param rule       the rule and its article
 * @param start      first instant of the interval (the clock stops at the end of this day); {@code null} for a
 *                   fixed-length extension such as +1 month
 * @param end        the day the interval ends (e.g. the day the missing answer arrived); {@code null} for a fixed
 *                   extension, or for an open suspension when no "today" was given
 * @param months     months added (fixed extensions)
 * @param daysAdded  days actually added to the deadline: less than the interval when it overlaps another
 *                   suspension or began before the deadline started running, 0 when it began after the deadline
 *                   had already expired
 * @param ongoing    the suspension has not ended yet: the deadline moves one day later every day
 */
public record Adjustment(
        AdjustmentRule rule, LocalDate start, LocalDate end, int months, long daysAdded, boolean ongoing) {

    public Adjustment {
        Objects.requireNonNull(rule, "rule");
        if (months < 0 || daysAdded < 0) {
            throw new IllegalArgumentException("negative adjustment");
        }
    }

    public static Adjustment months(AdjustmentRule rule, int months) {
        return new Adjustment(rule, null, null, months, 0, false);
    }

    public AdjustmentRule.Kind kind() {
        return rule.kind();
    }

    public String legalBasis() {
        return rule.legalBasis();
    }

    Adjustment withDaysAdded(long days) {
        return new Adjustment(rule, start, end, months, days, ongoing);
    }
}
