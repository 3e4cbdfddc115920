package fr.victimportal.offer.events;

import java.time.LocalDate;

/**
 * L211-16: the victim withdrew the transaction concluded on {@code concludedOn} by a registered letter sent on
 * {@code sentOn}.
 */
public record SettlementWithdrawn(String reference, long offerId, LocalDate concludedOn, LocalDate sentOn) {}
