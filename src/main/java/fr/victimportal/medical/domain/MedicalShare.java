package fr.victimportal.medical.domain;

import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The victim let one person read one document; revoking ends it at once and keeps the dates. */
@Entity
@Table(name = "medical_share")
public class MedicalShare extends AbstractEntity {

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(name = "recipient_role", nullable = false)
    private String recipientRole;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected MedicalShare() {}

    public MedicalShare(Long documentId, Long recipientId, String recipientRole, Instant grantedAt) {
        this.documentId = documentId;
        this.recipientId = recipientId;
        this.recipientRole = recipientRole;
        this.grantedAt = grantedAt;
    }

    public boolean activeAt(Instant now) {
        return !grantedAt.isAfter(now) && (revokedAt == null || revokedAt.isAfter(now));
    }

    public void revoke(Instant now) {
        revokedAt = now;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public Long getRecipientId() {
        return recipientId;
    }
}
