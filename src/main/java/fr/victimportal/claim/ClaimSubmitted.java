package fr.victimportal.claim;

import java.time.LocalDate;

/** Published when a victim submits a declaration; reminders and audit react to it. */
public record ClaimSubmitted(String reference, long ownerId, LocalDate submittedOn) {
}
