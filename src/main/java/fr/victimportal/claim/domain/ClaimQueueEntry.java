package fr.victimportal.claim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A submitted claim's line in the agents' queue: its stage and next tracked deadline, worked out by the legal clock so
 * that the queue can be filtered, ordered and paged in SQL. Kept apart from {@link Claim} so that working it out never
 * touches the claim's optimistic-lock version (a victim's open form stays valid).
 */
@Entity
@Table(name = "claim_queue")
public class ClaimQueueEntry {

    @Id
    @Column(name = "claim_id")
    private Long claimId;

    @Column(nullable = false, length = 16)
    private String stage;

    @Column(name = "next_code", length = 40)
    private @Nullable String nextCode;

    @Column(name = "next_due")
    private @Nullable LocalDate nextDue;

    @Column(name = "computed_on", nullable = false)
    private LocalDate computedOn;

    protected ClaimQueueEntry() {}

    public ClaimQueueEntry(Long claimId) {
        this.claimId = claimId;
    }

    public void update(String stage, @Nullable String nextCode, @Nullable LocalDate nextDue, LocalDate computedOn) {
        this.stage = stage;
        this.nextCode = nextCode;
        this.nextDue = nextDue;
        this.computedOn = computedOn;
    }

    public Long getClaimId() {
        return claimId;
    }
}
