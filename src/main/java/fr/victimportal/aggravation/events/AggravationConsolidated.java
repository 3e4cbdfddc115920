package fr.victimportal.aggravation.events;

import java.time.LocalDate;

/** The consolidation of an aggravated damage was recorded: it starts the aggravation's own 10 years (C. civ. 2226). */
public record AggravationConsolidated(String reference, long aggravationId, LocalDate consolidatedOn) {}
