package fr.victimportal.medical.domain;

import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The victim's objection to their heirs reading their medical documents after death (CSP L1110-4 V). */
@Entity
@Table(name = "medical_objection")
public class MedicalObjection extends AbstractEntity {

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected MedicalObjection() {}

    public MedicalObjection(Long claimId, Instant recordedAt) {
        this.claimId = claimId;
        this.recordedAt = recordedAt;
    }

    public boolean standing() {
        return withdrawnAt == null;
    }

    public void withdraw(Instant at) {
        withdrawnAt = at;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
