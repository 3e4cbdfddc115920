package fr.victimportal.claim.events;

import java.time.LocalDate;

/** Published when a victim submits a declaration, in the transaction of the submission; reminders plan from it. */
public record ClaimSubmitted(String reference, long ownerId, LocalDate submittedOn) {}
