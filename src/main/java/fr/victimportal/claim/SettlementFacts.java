package fr.victimportal.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the claim's legal clock needs to know of a settlement, supplied by the module that records offers (claim
 * must not depend on it). With a standing settlement the dashboard shows the L211-16 withdrawal countdown and the
 * L211-17 payment date.
 */
public interface SettlementFacts {

    /** @param paidOn the day the insurer paid, or {@code null} while unpaid */
    record Settlement(LocalDate concludedOn, LocalDate paidOn) {}

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

    /**
     * The latest offer of one cycle (initial when {@code aggravationId} is null), for the aggravation screens.
     *
     * @param kind   PROVISIONAL, DEFINITIVE or NOT_STATED
     * @param status RECORDED, ACCEPTED, REFUSED or WITHDRAWN
     */
    record CycleOffer(long id, LocalDate receivedOn, String kind, String status, BigDecimal net, String insurerName) {}

    /** A cycle's standing settlement: L211-16 withdrawal end, L211-17 payment due, payment when recorded. */
    record CycleSettlement(
            LocalDate concludedOn,
            LocalDate withdrawalEndsOn,
            LocalDate paymentDueOn,
            LocalDate paidOn,
            BigDecimal paidAmount) {

        /** The 15 days are over: the settlement binds (C. civ. 2044, 2052). */
        public boolean finalOn(LocalDate today) {
            return today.isAfter(withdrawalEndsOn);
        }
    }

    /** The latest offer of a cycle, if any. */
    default Optional<CycleOffer> latestOffer(String claimReference, Long aggravationId) {
        return Optional.empty();
    }

    /** The standing (not withdrawn) settlement of a cycle, if any. */
    default Optional<CycleSettlement> standingSettlement(String claimReference, Long aggravationId) {
        return Optional.empty();
    }

    /**
     * L211-15: the day the cycle's current acceptance was signed when it waits for the authorisation of the juge des
     * tutelles or the conseil de famille (no withdrawal or payment period runs yet), if any.
     */
    default Optional<LocalDate> acceptanceAwaitingAuthorisation(String claimReference, Long aggravationId) {
        return Optional.empty();
    }
}
