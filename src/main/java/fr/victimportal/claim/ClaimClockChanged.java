package fr.victimportal.claim;

/**
 * Published, in the transaction of the change, by a module that records a fact of the claim's legal clock outside
 * the declaration itself: an offer received, a settlement concluded or withdrawn, a payment, an examination. The
 * reminders recompute the claim's plan from it (a reminder for a deadline that no longer exists is cancelled).
 *
 * @param what a short name of what changed, for the logs (e.g. {@code offer-recorded})
 */
public record ClaimClockChanged(String reference, String what) {
}
