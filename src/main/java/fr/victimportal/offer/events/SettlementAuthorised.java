package fr.victimportal.offer.events;

import java.time.LocalDate;

/** L211-15: the judge (or the family council) authorised the settlement of offer {@code offerId}; its periods start. */
public record SettlementAuthorised(String reference, long offerId, LocalDate authorisedOn) {}
