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
 * payment date as the legal clock computed them on acceptance. {@code activeOfferId} is cleared on withdrawal, so the
 * database allows one standing settlement per offer.
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

    protected Settlement() {
    }

    public Settlement(Long offerId, String claimReference, LocalDate concludedOn, Long acceptedBy, Instant acceptedAt,
            LocalDate withdrawalEndsOn, LocalDate paymentDueOn) {
        this.offerId = offerId;
        this.activeOfferId = offerId;
        this.claimReference = claimReference;
        this.concludedOn = concludedOn;
        this.acceptedBy = acceptedBy;
        this.acceptedAt = acceptedAt;
        this.withdrawalEndsOn = withdrawalEndsOn;
        this.paymentDueOn = paymentDueOn;
    }

    public void withdraw(LocalDate on, Instant at) {
        this.withdrawnOn = on;
        this.withdrawnAt = at;
        this.activeOfferId = null;
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
