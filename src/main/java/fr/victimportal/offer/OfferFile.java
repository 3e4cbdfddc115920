package fr.victimportal.offer;

import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.deadline.PenaltyEstimate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An offer as one user may see it, with every total computed from its lines and the state of its settlement.
 *
 * @param version       the offer's optimistic-lock version, to send back when accepting, refusing or withdrawing
 * @param aggravationId the aggravation whose cycle the offer answers (L211-19), or {@code null} for the initial claim
 * @param recipient     the relative or heir the offer is made to (issue 24), or {@code null} for the direct victim
 */
public record OfferFile(
        long id,
        long version,
        String claimReference,
        String victimName,
        Relation viewer,
        OfferInput offer,
        List<Line> lines,
        Totals totals,
        OfferStatus status,
        SettlementState settlement,
        Long aggravationId,
        Recipient recipient) {

    /** A relative or heir an offer is made to; a minor's account is their representative's (L211-15). */
    public record Recipient(
            long claimantId, String name, KinLink link, boolean heir, boolean minor, String representativeName) {}

    public record Line(HeadLine input, BigDecimal owed, BigDecimal net, BigDecimal payersRecover) {
        public DintilhacHead head() {
            return input.head();
        }
    }

    /** Every total is a sum of the lines: nobody types a total. */
    public record Totals(
            BigDecimal gross, BigDecimal reduction, BigDecimal payerClaims, BigDecimal payersRecover, BigDecimal net) {}

    /**
     * @param concludedOn         the day the transaction was signed (or the acceptance sent), as the victim stated it
     * @param withdrawalEndsOn    last day to withdraw (L211-16, CPC 641/642), inclusive; {@code null} while an L211-15
     *                            authorisation is awaited
     * @param paymentDueOn        L211-17 payment date; {@code null} while an L211-15 authorisation is awaited
     * @param withdrawnOn         the day the registered withdrawal letter was sent
     * @param paidOn              the day the payments reached the net owed, else {@code null} (not "paid")
     * @param paidAmount          the sum of the payments recorded
     * @param daysLeft            days from today to the last day to withdraw (0 on the last day, negative after)
     * @param latePayments        L211-17 estimates: one per part paid late, and one on the rest still unpaid
     * @param authorisationNeeded L211-15: a minor or an adult under tutelle
     * @param authorisedOn        the day the juge des tutelles or the conseil de famille authorised it
     * @param payments            each payment, oldest first
     * @param outstanding         what is still owed of the net amount
     */
    public record SettlementState(
            LocalDate concludedOn,
            LocalDate withdrawalEndsOn,
            LocalDate paymentDueOn,
            LocalDate withdrawnOn,
            LocalDate paidOn,
            BigDecimal paidAmount,
            long daysLeft,
            List<PenaltyEstimate> latePayments,
            boolean authorisationNeeded,
            LocalDate authorisedOn,
            List<Payment> payments,
            BigDecimal outstanding,
            String letterPlace) {

        public record Payment(LocalDate paidOn, BigDecimal amount) {}

        public boolean withdrawn() {
            return withdrawnOn != null;
        }

        /** The L211-16 and L211-17 periods have started (not waiting for an L211-15 authorisation). */
        public boolean clocksStarted() {
            return withdrawalEndsOn != null;
        }

        /** L211-15: the settlement waits for the judge's (or family council's) authorisation. */
        public boolean awaitingAuthorisation() {
            return !withdrawn() && !clocksStarted();
        }

        /** The victim may still withdraw: the settlement stands and the last day has not passed. */
        public boolean withdrawable() {
            return !withdrawn() && clocksStarted() && daysLeft >= 0;
        }

        /** The withdrawal period is over: the settlement binds as a transaction (C. civ. 2044, 2052). */
        public boolean finalised() {
            return !withdrawn() && clocksStarted() && daysLeft < 0;
        }

        /**
         * The fifteenth day itself (L211-16, CPC 641), before CPC 642 moves a Saturday, Sunday or holiday to the next
         * working day; {@code null} while an L211-15 authorisation is awaited. Whether CPC 642 governs this statutory
         * period is not settled (R211-36 names only the regulatory section), so the screens tell the victim not to
         * count on the move: the withdrawal is still recorded up to {@link #withdrawalEndsOn}.
         */
        public LocalDate withdrawalNominalEnd() {
            if (withdrawalEndsOn == null) {
                return null;
            }
            LocalDate start = authorisedOn != null && authorisedOn.isAfter(concludedOn) ? authorisedOn : concludedOn;
            return start.plusDays(15);
        }

        /** The payments reached the net owed. */
        public boolean paidInFull() {
            return paidOn != null;
        }

        /** The sum of the L211-17 estimates, or {@code null} when nothing was or is late. */
        public BigDecimal lateInterest() {
            return latePayments.isEmpty()
                    ? null
                    : latePayments.stream().map(PenaltyEstimate::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * The indemnity offered after the fault reduction, before third-party payers and advances: the L211-13 base
     * (docs/legal-notes.md P1b).
     */
    public BigDecimal owedBeforePayers() {
        return totals.gross().subtract(totals.reduction());
    }

    /** An offer made for an aggravation (L211-19) rather than the initial claim. */
    public boolean forAggravation() {
        return aggravationId != null;
    }

    /** The victim decides on their own offer, a relative or heir (or a minor's representative) on theirs. */
    public boolean mayDecide() {
        return recipient == null ? viewer == Relation.OWNER : viewer == Relation.RELATIVE;
    }

    /** The offer is made to a relative or heir rather than to the direct victim. */
    public boolean toClaimant() {
        return recipient != null;
    }

    /** L211-15: the settlement waits for a judge's authorisation (a minor claimant; the victim's case is the claim's). */
    public boolean claimantMinor() {
        return recipient != null && recipient.minor();
    }

    public boolean mayRecordPayment() {
        return viewer == Relation.AGENT;
    }
}
