package fr.victimportal.aggravation;

import java.time.LocalDate;

/** The victim's declaration of an aggravation: what got worse, since when, in their own words. */
public record AggravationInput(AggravationNature nature, LocalDate worseSince, String description) {
}
