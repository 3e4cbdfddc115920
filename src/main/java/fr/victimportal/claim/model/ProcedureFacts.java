package fr.victimportal.claim.model;

import java.time.LocalDate;

/**
 * Facts of the procedure, other than the declaration's dates, that move the insurer's offer deadlines (docs/legal-notes.md
 * D9, D10, D15, D16). Recorded by the victim (in the declaration or later) or by an insurer agent; each correction
 * after sending is kept in the history.
 *
 * @param compensationRequested       day the insurer received the victim's request for compensation (L211-9 al. 1)
 * @param liabilityContested          the insurer denies liability or has not recognised it (L211-9 al. 1: a reasoned
 *                                    reply within 3 months instead of an offer)
 * @param damageFullyQuantified       every head of damage is quantified (L211-9 al. 1: offer within 3 months)
 * @param thirdPartyPayerAbroad       a third-party payer lives overseas or abroad (R211-35 al. 2: one more month)
 * @param victimDied                  the victim died of the accident (R211-30: the offer goes to the heirs, later)
 * @param courtExpertOnInsurerRequest the summary-proceedings judge appointed an expert at the insurer's request
 *                                    (R211-34: one more month)
 */
public record ProcedureFacts(
        LocalDate compensationRequested,
        boolean liabilityContested,
        boolean damageFullyQuantified,
        boolean thirdPartyPayerAbroad,
        LocalDate victimDied,
        boolean courtExpertOnInsurerRequest) {

    public static final ProcedureFacts NONE = new ProcedureFacts(null, false, false, false, null, false);
}
