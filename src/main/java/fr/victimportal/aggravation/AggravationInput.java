package fr.victimportal.aggravation;

import java.time.LocalDate;

/**
 * The victim's declaration of an aggravation: what got worse, since when, in their own words.
 *
 * @param initialJudgmentOn when no settlement is recorded in the portal: the date of the final judgment that settled
 *                          the initial damage (an aggravation can follow a judgment as well as a transaction), else
 *                          {@code null}
 */
public record AggravationInput(
        AggravationNature nature, LocalDate worseSince, String description, LocalDate initialJudgmentOn) {

    public AggravationInput(AggravationNature nature, LocalDate worseSince, String description) {
        this(nature, worseSince, description, null);
    }
}
