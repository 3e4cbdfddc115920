package fr.victimportal.correspondence.domain;

import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a claim's thread: a message someone wrote, or an event of a document request (its translation key in
 * {@code body}, arguments after it, one per line). The author's name and role are kept as they were.
 */
@Entity
@Table(name = "claim_message")
public class ClaimMessage extends AbstractEntity {

    public enum Kind {
        MESSAGE,
        EVENT
    }

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "author_role", nullable = false)
    private String authorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String body;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ClaimMessage() {}

    public ClaimMessage(
            Long claimId,
            Long authorId,
            String authorName,
            String authorRole,
            Kind kind,
            String body,
            Long requestId,
            Instant createdAt) {
        this.claimId = claimId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.authorRole = authorRole;
        this.kind = kind;
        this.body = body;
        this.requestId = requestId;
        this.createdAt = createdAt;
    }

    public Long getClaimId() {
        return claimId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorRole() {
        return authorRole;
    }

    public Kind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
