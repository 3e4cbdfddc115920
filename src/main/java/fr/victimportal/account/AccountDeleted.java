package fr.victimportal.account;

/**
 * Published inside the deletion's transaction, before the account loses its data: each module removes what it holds
 * for this person, or keeps what the law requires (and the account page says which).
 */
public record AccountDeleted(long userId, Role role) {}
