package fr.victimportal.medical.domain;

import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The victim declines to communicate what the insurer asked for, with the reason a judge would weigh. */
@Entity
@Table(name = "medical_refusal")
public class MedicalRefusal extends AbstractEntity {

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(nullable = false)
    private String requested;

    @Column(nullable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    protected MedicalRefusal() {}

    public MedicalRefusal(Long claimId, String requested, String reason, Instant recordedAt, Long recordedBy) {
        this.claimId = claimId;
        this.requested = requested;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String getRequested() {
        return requested;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
