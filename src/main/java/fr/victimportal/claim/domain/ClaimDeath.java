package fr.victimportal.claim.domain;

import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The recorded death of a claim's direct victim (one per claim; corrections change it and go to the history). */
@Entity
@Table(name = "claim_death")
public class ClaimDeath extends AbstractEntity {

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "died_on", nullable = false)
    private LocalDate diedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_accident", nullable = false)
    private YesNoUnknown fromAccident;

    @Column(name = "proof_document_id")
    private Long proofDocumentId;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ClaimDeath() {}

    public ClaimDeath(
            Long claimId,
            LocalDate diedOn,
            YesNoUnknown fromAccident,
            Long proofDocumentId,
            Long recordedBy,
            Instant recordedAt) {
        this.claimId = claimId;
        this.diedOn = diedOn;
        this.fromAccident = fromAccident;
        this.proofDocumentId = proofDocumentId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void correct(LocalDate diedOn, YesNoUnknown fromAccident) {
        this.diedOn = diedOn;
        this.fromAccident = fromAccident;
    }

    public Long getClaimId() {
        return claimId;
    }

    public LocalDate getDiedOn() {
        return diedOn;
    }

    public YesNoUnknown getFromAccident() {
        return fromAccident;
    }

    public Long getProofDocumentId() {
        return proofDocumentId;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
