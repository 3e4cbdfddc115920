package fr.victimportal.aggravation.events;

import java.time.LocalDate;

/** The victim declared aggravation number {@code number} of the claim (L211-19), worse since {@code worseSince}. */
public record AggravationDeclared(String reference, long aggravationId, int number, LocalDate worseSince) {
}
