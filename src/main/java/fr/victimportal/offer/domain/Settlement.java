package fr.victimportal.offer.domain;

import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The victim's acceptance of an offer (a transaction, C. civ. 2044), with its L211-16 withdrawal period and L211-17
 * payment date as the legal clock computed them from the transaction's date (or, under L211-15, from the judge's
 * authorisation). {@code activeOfferId} is cleared on withdrawal, so the database allows one standing settlement per
 * offer; {@code currentMarker} is TRUE only for the cycle's current acceptance, so it allows one per claim and cycle.
 */
@Entity
@Table(name = "settlement")
public class Settlement extends AbstractEntity {

    @Column(name = "offer_id", nullable = false)
    private Long offerId;

    @Column(name = "active_offer_id")
    private Long activeOfferId;

    @Column(name = "claim_reference", nullable = false)
    private String claimReference;

    @Column(name = "concluded_on", nullable = false)
    private LocalDate concludedOn;

    @Column(name = "accepted_by", nullable = false)
    private Long acceptedBy;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    @Column(name = "withdrawal_ends_on", nullable = false)
    private LocalDate withdrawalEndsOn;

    @Column(name = "payment_due_on", nullable = false)
    private LocalDate paymentDueOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_amount")
    private BigDecimal paidAmount;

    @Column(name = "payment_recorded_by")
    private Long paymentRecordedBy;
    /** 0 for the initial claim, else the aggravation id (L211-19). */
    @Column(name = "cycle_no", nullable = false)
    private long cycleNo;
    /** 0 for the direct victim, else the claimant the offer was made to (issue 24). */
    @Column(name = "claimant_no", nullable = false)
    private long claimantNo;
    /** TRUE while this is the cycle's current acceptance, else null (see the unique constraint, V20). */
    @Column(name = "current_marker")
    private Boolean currentMarker;
    /** L211-15: a minor or an adult under tutelle; the clocks start only once the authorisation is recorded. */
    @Column(name = "authorisation_needed", nullable = false)
    private boolean authorisationNeeded;

    @Column(name = "authorised_on")
    private LocalDate authorisedOn;
    /** Where the victim signs the withdrawal letter ("Fait à …"). */
    @Column(name = "letter_place")
    private String letterPlace;

    protected Settlement() {}

    public Settlement(
            Long offerId,
            String claimReference,
            LocalDate concludedOn,
            Long acceptedBy,
            Instant acceptedAt,
            LocalDate withdrawalEndsOn,
            LocalDate paymentDueOn) {
        this.offerId = offerId;
        this.activeOfferId = offerId;
        this.claimReference = claimReference;
        this.concludedOn = concludedOn;
        this.acceptedBy = acceptedBy;
        this.acceptedAt = acceptedAt;
        this.withdrawalEndsOn = withdrawalEndsOn;
        this.paymentDueOn = paymentDueOn;
        this.currentMarker = Boolean.TRUE;
    }

    /** The direct victim's settlement in a cycle (see the full form below). */
    public static Settlement concluded(
            Long offerId,
            String claimReference,
            Long aggravationId,
            LocalDate concludedOn,
            Long acceptedBy,
            Instant acceptedAt,
            boolean authorisationNeeded) {
        return concluded(
                offerId, claimReference, aggravationId, concludedOn, acceptedBy, acceptedAt, authorisationNeeded, null);
    }

    /**
     * A settlement in a cycle, of the direct victim ({@code claimantId} null) or of a relative or heir; with
     * {@code authorisationNeeded} its clocks wait for the L211-15 authorisation.
     */
    public static Settlement concluded(
            Long offerId,
            String claimReference,
            Long aggravationId,
            LocalDate concludedOn,
            Long acceptedBy,
            Instant acceptedAt,
            boolean authorisationNeeded,
            Long claimantId) {
        Settlement s = new Settlement(offerId, claimReference, concludedOn, acceptedBy, acceptedAt, null, null);
        s.cycleNo = aggravationId == null ? 0 : aggravationId;
        s.claimantNo = claimantId == null ? 0 : claimantId;
        s.authorisationNeeded = authorisationNeeded;
        return s;
    }

    /** Starts the L211-16 and L211-17 periods (from the transaction, or the later L211-15 authorisation). */
    public void startClocks(LocalDate withdrawalEnds, LocalDate paymentDue) {
        this.withdrawalEndsOn = withdrawalEnds;
        this.paymentDueOn = paymentDue;
    }

    public void authorised(LocalDate on) {
        this.authorisedOn = on;
    }

    /** A later acceptance in the same cycle replaces this final one (e.g. a definitive offer after a provisional). */
    public void superseded() {
        this.currentMarker = null;
    }

    public void withdraw(LocalDate on, Instant at) {
        this.withdrawnOn = on;
        this.withdrawnAt = at;
        this.activeOfferId = null;
        this.currentMarker = null;
    }

    public void letterPlace(String place) {
        this.letterPlace = place;
    }

    public String getLetterPlace() {
        return letterPlace;
    }

    public boolean isAuthorisationNeeded() {
        return authorisationNeeded;
    }

    public LocalDate getAuthorisedOn() {
        return authorisedOn;
    }

    /** The clocks have started: not waiting for an L211-15 authorisation. */
    public boolean clocksStarted() {
        return withdrawalEndsOn != null;
    }

    public boolean isCurrent() {
        return Boolean.TRUE.equals(currentMarker);
    }

    public long getClaimantNo() {
        return claimantNo;
    }

    public long getCycleNo() {
        return cycleNo;
    }

    public void paid(LocalDate on, BigDecimal amount, Long by) {
        this.paidOn = on;
        this.paidAmount = amount;
        this.paymentRecordedBy = by;
    }

    public Long getOfferId() {
        return offerId;
    }

    public String getClaimReference() {
        return claimReference;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public LocalDate getWithdrawalEndsOn() {
        return withdrawalEndsOn;
    }

    public LocalDate getPaymentDueOn() {
        return paymentDueOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public boolean standing() {
        return withdrawnOn == null;
    }
}
