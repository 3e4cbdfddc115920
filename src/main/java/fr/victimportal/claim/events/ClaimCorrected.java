package fr.victimportal.claim.events;

/**
 * Published when a section of a submitted declaration is corrected (an accident date, a procedure date…), in the
 * transaction of the correction; reminders recompute their plan from it.
 *
 * @param section the corrected section: accident, situation, vehicles or dates
 */
public record ClaimCorrected(String reference, String section) {}
