package fr.victimportal.offer.domain;

import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One payment of the insurer on a settlement (L211-17), as the agent recorded it. */
@Entity
@Table(name = "settlement_payment")
public class SettlementPayment extends AbstractEntity {

    @Column(name = "settlement_id", nullable = false)
    private Long settlementId;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SettlementPayment() {}

    public SettlementPayment(
            Long settlementId, LocalDate paidOn, BigDecimal amount, Long recordedBy, Instant recordedAt) {
        this.settlementId = settlementId;
        this.paidOn = paidOn;
        this.amount = amount;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
