package fr.victimportal.offer.events;

/** An insurer's offer was recorded on the claim (by the agent, or copied from the letter by the victim or a helper). */
public record OfferRecorded(String reference, long offerId) {}
