package fr.victimportal.deadline;

import java.time.LocalDate;

/**
 * A worsening of the damage after the initial consolidation (L211-19). Each one has its own consolidation.
 *
 * @param consolidationDate   consolidation of the aggravated damage (starts its 10 years, C. civ. 2226); required
 * @param insurerInformedDate day the paying insurer learned of that consolidation; only used when
 *                            {@link Interpretation#offerDeadlinesApplyToAggravation()} is on; may be {@code null}
 */
public record Aggravation(LocalDate consolidationDate, LocalDate insurerInformedDate) {

    public static Aggravation consolidatedOn(LocalDate consolidationDate) {
        return new Aggravation(consolidationDate, null);
    }
}
