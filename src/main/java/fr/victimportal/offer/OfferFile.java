package fr.victimportal.offer;

import fr.victimportal.claim.Relation;
import fr.victimportal.deadline.PenaltyEstimate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An offer as one user may see it, with every total computed from its lines and the state of its settlement.
 *
 * @param version       the offer's optimistic-lock version, to send back when accepting, refusing or withdrawing
 * @param aggravationId the aggravation whose cycle the offer answers (L211-19), or {@code null} for the initial claim
 */
public record OfferFile(long id, long version, String claimReference, String victimName, Relation viewer,
        OfferInput offer, List<Line> lines, Totals totals, OfferStatus status, SettlementState settlement,
        Long aggravationId) {

    public record Line(HeadLine input, BigDecimal owed, BigDecimal net, BigDecimal payersRecover) {
        public DintilhacHead head() {
            return input.head();
        }
    }

    /** Every total is a sum of the lines: nobody types a total. */
    public record Totals(BigDecimal gross, BigDecimal reduction, BigDecimal payerClaims, BigDecimal payersRecover,
            BigDecimal net) {
    }

    /**
     * @param withdrawalEndsOn last day to withdraw (L211-16, CPC 641/642), inclusive
     * @param daysLeft         days from today to that last day (0 on the last day, negative after)
     * @param latePayment      the L211-17 interest estimate when payment is (or was) late, else {@code null}
     */
    public record SettlementState(LocalDate concludedOn, LocalDate withdrawalEndsOn, LocalDate paymentDueOn,
            LocalDate withdrawnOn, LocalDate paidOn, BigDecimal paidAmount, long daysLeft, PenaltyEstimate latePayment) {

        public boolean withdrawn() {
            return withdrawnOn != null;
        }

        /** The victim may still withdraw: the settlement stands and the last day has not passed. */
        public boolean withdrawable() {
            return !withdrawn() && daysLeft >= 0;
        }

        /** The withdrawal period is over: the settlement binds as a transaction (C. civ. 2044, 2052). */
        public boolean finalised() {
            return !withdrawn() && daysLeft < 0;
        }
    }

    /** An offer made for an aggravation (L211-19) rather than the initial claim. */
    public boolean forAggravation() {
        return aggravationId != null;
    }

    public boolean mayDecide() {
        return viewer == Relation.OWNER;
    }

    public boolean mayRecordPayment() {
        return viewer == Relation.AGENT;
    }
}
