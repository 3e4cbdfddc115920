package fr.victimportal.correspondence.domain;

import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The mail owed to one recipient of one thread ({@code user:<id>}, or {@code insurer:<id>} for an insurer's agents and
 * mailbox): pending since the first message not yet told, sent at most once an hour as a digest.
 */
@Entity
@Table(name = "thread_notice")
public class ThreadNotice extends AbstractEntity {

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "recipient_key", nullable = false)
    private String recipientKey;

    @Column(name = "pending_since")
    private Instant pendingSince;

    @Column(name = "pending_count", nullable = false)
    private int pendingCount;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    protected ThreadNotice() {}

    public ThreadNotice(Long claimId, String recipientKey) {
        this.claimId = claimId;
        this.recipientKey = recipientKey;
    }

    public Long getClaimId() {
        return claimId;
    }

    public String getRecipientKey() {
        return recipientKey;
    }

    public Instant getPendingSince() {
        return pendingSince;
    }

    public int getPendingCount() {
        return pendingCount;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }

    /** One more message to tell this recipient about. */
    public void owe(Instant at) {
        if (pendingSince == null) {
            pendingSince = at;
        }
        pendingCount++;
    }

    /** The digest went (or was not needed): nothing is owed until the next message. */
    public void told(Instant at, boolean sent) {
        pendingSince = null;
        pendingCount = 0;
        if (sent) {
            lastSentAt = at;
        }
    }
}
