package fr.victimportal.medical.domain;

import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An uploaded document's metadata; its bytes are encrypted under {@code storageId}, never under the original name. */
@Entity
@Table(name = "medical_document")
public class MedicalDocument extends AbstractEntity {

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "uploaded_by", nullable = false)
    private Long uploadedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_class", nullable = false)
    private DocumentClass docClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false)
    private DocumentType docType;

    @Column(nullable = false)
    private String title;

    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "storage_id", nullable = false)
    private String storageId;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected MedicalDocument() {}

    public MedicalDocument(
            Long claimId,
            Long uploadedBy,
            DocumentClass docClass,
            DocumentType docType,
            String title,
            LocalDate documentDate,
            String originalName,
            String mediaType,
            long sizeBytes,
            String sha256,
            String storageId,
            Instant uploadedAt) {
        this.claimId = claimId;
        this.uploadedBy = uploadedBy;
        this.docClass = docClass;
        this.docType = docType;
        this.title = title;
        this.documentDate = documentDate;
        this.originalName = originalName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageId = storageId;
        this.uploadedAt = uploadedAt;
    }

    public Long getClaimId() {
        return claimId;
    }

    public DocumentClass getDocClass() {
        return docClass;
    }

    public DocumentType getDocType() {
        return docType;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageId() {
        return storageId;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
