package fr.victimportal.correspondence.domain;

import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A document attached to a message: a supporting document (agents may read it), or a link to one of the victim's
 * medical documents, shared under the victim's consent with the people named in {@code sharedWith} (never an agent).
 */
@Entity
@Table(name = "message_attachment")
public class MessageAttachment extends AbstractEntity {

    @Column(name = "message_id", nullable = false)
    private Long messageId;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private boolean medical;

    @Column(name = "shared_with")
    private String sharedWith;

    protected MessageAttachment() {}

    public MessageAttachment(Long messageId, Long documentId, String title, boolean medical, String sharedWith) {
        this.messageId = messageId;
        this.documentId = documentId;
        this.title = title;
        this.medical = medical;
        this.sharedWith = sharedWith;
    }

    public Long getMessageId() {
        return messageId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getTitle() {
        return title;
    }

    public boolean isMedical() {
        return medical;
    }

    public String getSharedWith() {
        return sharedWith;
    }
}
