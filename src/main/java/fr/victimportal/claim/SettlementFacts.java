package fr.victimportal.claim;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the claim's legal clock needs to know of a settlement, supplied by the module that records offers (claim
 * must not depend on it). With a standing settlement the dashboard shows the L211-16 withdrawal countdown and the
 * L211-17 payment date.
 */
public interface SettlementFacts {

    /** @param paidOn the day the insurer paid, or {@code null} while unpaid */
    record Settlement(LocalDate concludedOn, LocalDate paidOn) {
    }

    /**
     * The day the first offer and the first definitive offer reached the victim, each {@code null} when none has:
     * they meet the L211-9 offer deadlines, so the "offer overdue" reminders stop.
     */
    record OfferDates(LocalDate firstOfferOn, LocalDate firstDefinitiveOfferOn) {
        public static final OfferDates NONE = new OfferDates(null, null);
    }

    /** The claim's standing (not withdrawn) settlement, if any. */
    Optional<Settlement> standingSettlement(String claimReference);

    /** The offers received on the claim. */
    default OfferDates offerDates(String claimReference) {
        return OfferDates.NONE;
    }
}
