package fr.victimportal.medical;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.audit.AuditRecord;
import fr.victimportal.audit.AuditTrail;
import fr.victimportal.claim.events.HeirDeclarationWithdrawn;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.medical.domain.MedicalDocument;
import fr.victimportal.medical.domain.MedicalDocumentRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The owner of a draft opened as a relative's claim (issue 24) changed its first answer: the claim is now their own, or
 * a represented person's. The death certificate they gave belongs to the withdrawn declaration and was never sent to
 * anyone (a draft has no insurer reading it and no shares), so it leaves the claim with its encrypted bytes, in the
 * transaction of the change. Only the claim's own administrative document goes; the audit trail keeps that it did.
 */
@Component
class DraftProofRemoval {

    private final MedicalDocumentRepository documents;
    private final BlobStore blobs;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    DraftProofRemoval(MedicalDocumentRepository documents, BlobStore blobs, AuditTrail audit, CurrentUser currentUser) {
        this.documents = documents;
        this.blobs = blobs;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(HeirDeclarationWithdrawn withdrawn) {
        MedicalDocument proof = documents
                .findById(withdrawn.proofDocumentId())
                .filter(d -> d.getClaimId() == withdrawn.claimId())
                .filter(d -> d.getDocClass() == DocumentClass.ADMINISTRATIVE)
                .orElse(null);
        if (proof == null) {
            return;
        }
        documents.delete(proof);
        documents.flush(); // the row goes before its bytes (medical_document.storage_id references medical_blob)
        blobs.delete(proof.getStorageId());
        var me = currentUser.require();
        audit.record(new AuditRecord(
                me.id(),
                Relation.OWNER.name(),
                withdrawn.claimId(),
                DocumentGuard.subject(proof.getId()),
                AuditAction.DISCARD,
                AuditOutcome.GRANTED));
    }
}
