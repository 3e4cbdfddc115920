package fr.victimportal.correspondence.domain;

import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** How far one reader has read one claim's thread. */
@Entity
@Table(name = "message_read")
public class MessageRead extends AbstractEntity {

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "last_read_id", nullable = false)
    private Long lastReadId;

    protected MessageRead() {}

    public MessageRead(Long claimId, Long userId, Long lastReadId) {
        this.claimId = claimId;
        this.userId = userId;
        this.lastReadId = lastReadId;
    }

    public Long getLastReadId() {
        return lastReadId;
    }

    /** Moves the mark forward only: a page opened in an older tab does not mark newer messages unread again. */
    public void readUpTo(long messageId) {
        if (messageId > lastReadId) {
            lastReadId = messageId;
        }
    }
}
