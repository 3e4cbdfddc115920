package fr.victimportal.claim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One correction of a submitted declaration; rows are only ever added. */
@Entity
@Table(name = "claim_revision")
public class ClaimRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    @Column(name = "revised_by", nullable = false)
    private Long revisedBy;

    @Column(nullable = false)
    private String section;

    @Column(nullable = false)
    private String changes;

    protected ClaimRevision() {}

    public ClaimRevision(Long claimId, Instant revisedAt, Long revisedBy, String section, String changes) {
        this.claimId = claimId;
        this.revisedAt = revisedAt;
        this.revisedBy = revisedBy;
        this.section = section;
        this.changes = changes;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    public Long getRevisedBy() {
        return revisedBy;
    }

    public String getSection() {
        return section;
    }

    public String getChanges() {
        return changes;
    }
}
