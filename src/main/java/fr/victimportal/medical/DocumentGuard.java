package fr.victimportal.medical;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.audit.AuditRecord;
import fr.victimportal.audit.AuditTrail;
import fr.victimportal.claim.ClaimFamily;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimParticipants.ClaimContext;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.medical.domain.MedicalDocument;
import fr.victimportal.medical.domain.MedicalDocumentRepository;
import fr.victimportal.medical.domain.MedicalObjection;
import fr.victimportal.medical.domain.MedicalObjectionRepository;
import fr.victimportal.medical.domain.MedicalShareRepository;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The medical module's access decisions and their trail, shared by its services: who may open a document
 * ({@link MedicalAccessRules}), which acts are the owner's only, and the audit entry each decision writes (a
 * refused attempt included: the trail writes in its own transaction).
 */
@Component
class DocumentGuard {

    private static final Logger log = LoggerFactory.getLogger(DocumentGuard.class);

    private final ClaimParticipants claims;
    private final CurrentUser currentUser;
    private final MedicalDocumentRepository documents;
    private final MedicalShareRepository shares;
    private final AuditTrail audit;
    private final Clock clock;
    private final ClaimFamily family;
    private final MedicalObjectionRepository objections;

    DocumentGuard(
            ClaimFamily family,
            MedicalObjectionRepository objections,
            ClaimParticipants claims,
            CurrentUser currentUser,
            MedicalDocumentRepository documents,
            MedicalShareRepository shares,
            AuditTrail audit,
            Clock clock) {
        this.family = family;
        this.objections = objections;
        this.claims = claims;
        this.currentUser = currentUser;
        this.documents = documents;
        this.shares = shares;
        this.audit = audit;
        this.clock = clock;
    }

    /** The document, if the current user may open it; otherwise "not found", logged and audited. */
    MedicalDocument accessible(long documentId, AuditAction action) {
        return accessible(documentId, action, null);
    }

    /**
     * The same, for an heir of a deceased victim with the purpose of the access (CSP L1110-4 V), which goes into the
     * audit subject of the decision, granted or refused.
     */
    MedicalDocument accessible(long documentId, AuditAction action, @Nullable HeirPurpose purpose) {
        PortalUser me = currentUser.require();
        MedicalDocument doc = documents.findById(documentId).orElse(null);
        if (doc == null) {
            audit.record(
                    new AuditRecord(me.id(), me.role().name(), null, subject(documentId), action, AuditOutcome.DENIED));
            throw new DocumentNotFoundException(documentId);
        }
        ClaimContext claim = claims.find(doc.getClaimId()).orElse(null);
        boolean shared = shares.findByDocumentIdAndRecipientId(documentId, me.id()).stream()
                .anyMatch(s -> s.activeAt(clock.instant()));
        MedicalAccessRules.Posthumous after =
                claim == null ? MedicalAccessRules.Posthumous.NONE : posthumous(claim, me.id(), purpose);
        if (claim == null || !MedicalAccessRules.mayOpen(claim.viewer(), doc.getDocClass(), shared, after)) {
            log.warn("Account {} ({}) was refused medical document {} ({})", me.id(), me.role(), documentId, action);
            audit.record(new AuditRecord(
                    me.id(),
                    claim == null ? me.role().name() : claim.viewer().name(),
                    doc.getClaimId(),
                    subject(documentId, purpose),
                    action,
                    AuditOutcome.DENIED));
            throw new DocumentNotFoundException(documentId);
        }
        return doc;
    }

    /** What CSP L1110-4 V needs to decide for this reader of the claim, with the purpose they chose. */
    MedicalAccessRules.Posthumous posthumous(ClaimContext claim, long reader, @Nullable HeirPurpose purpose) {
        if (claim.viewer() != Relation.RELATIVE) {
            return MedicalAccessRules.Posthumous.NONE;
        }
        boolean deceased = family.death(claim.claimId()).isPresent();
        return new MedicalAccessRules.Posthumous(
                deceased,
                deceased && family.entitledAfterDeath(claim.claimId(), reader),
                objections.findByClaimId(claim.claimId()).stream().anyMatch(MedicalObjection::standing),
                purpose);
    }

    /** The audit subject of a document read for a purpose ({@code document:12:purpose:RIGHTS}). */
    static String subject(long documentId, @Nullable HeirPurpose purpose) {
        return purpose == null ? subject(documentId) : subject(documentId) + ":purpose:" + purpose.name();
    }

    /** The document, if the current user owns its claim (sharing, revoking); otherwise "not found", audited. */
    MedicalDocument ownersDocument(long documentId, AuditAction action) {
        MedicalDocument doc = accessible(documentId, action);
        ClaimContext claim = claims.find(doc.getClaimId()).orElseThrow();
        if (claim.viewer() != Relation.OWNER) {
            PortalUser me = currentUser.require();
            audit.record(new AuditRecord(
                    me.id(),
                    claim.viewer().name(),
                    doc.getClaimId(),
                    subject(documentId),
                    action,
                    AuditOutcome.DENIED));
            throw new DocumentNotFoundException(documentId);
        }
        return doc;
    }

    /** The claim, if the current user owns it; otherwise "not found". */
    static ClaimContext owned(ClaimContext claim) {
        if (claim.viewer() != Relation.OWNER) {
            throw new ClaimNotFoundException(claim.reference());
        }
        return claim;
    }

    /** An act on a document by the current user, under their relation to its claim. */
    void audit(MedicalDocument doc, AuditAction action, AuditOutcome outcome) {
        audit(doc, action, outcome, null);
    }

    /** The same, with the heir's purpose in the subject when there is one. */
    void audit(MedicalDocument doc, AuditAction action, AuditOutcome outcome, @Nullable HeirPurpose purpose) {
        PortalUser me = currentUser.require();
        String role = claims.find(doc.getClaimId())
                .map(c -> c.viewer().name())
                .orElse(me.role().name());
        audit.record(new AuditRecord(me.id(), role, doc.getClaimId(), subject(doc.getId(), purpose), action, outcome));
    }

    /** An act of the current user on a claim, in the role given. */
    void record(Relation role, long claimId, String subject, AuditAction action, AuditOutcome outcome) {
        audit.record(new AuditRecord(currentUser.require().id(), role.name(), claimId, subject, action, outcome));
    }

    /** The audit subject of a document. */
    static String subject(long documentId) {
        return "document:" + documentId;
    }

    /** The document an audit subject names ({@code document:12}, {@code document:12:to:7}), or {@code null}. */
    static Long documentIdOf(String subject) {
        String[] parts = subject.split(":");
        return parts.length >= 2 && parts[0].equals("document") ? Long.valueOf(parts[1]) : null;
    }
}
