package fr.victimportal.medical;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimParticipants.ClaimContext;
import fr.victimportal.claim.ClaimParticipants.Participant;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.medical.domain.MedicalDocument;
import fr.victimportal.medical.domain.MedicalRefusal;
import fr.victimportal.medical.domain.MedicalRefusalRepository;
import fr.victimportal.medical.domain.MedicalShare;
import fr.victimportal.medical.domain.MedicalShareRepository;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victim's medical consent (docs/legal-notes.md): who may read which document, given and taken back one document and one
 * person at a time, and what the victim declines to communicate, with the reason. Only the claim's owner decides;
 * every decision goes to the audit trail.
 */
@Service
@Transactional
public class MedicalConsent {

    private final ClaimParticipants claims;
    private final CurrentUser currentUser;
    private final MedicalShareRepository shares;
    private final MedicalRefusalRepository refusals;
    private final DocumentGuard guard;
    private final Clock clock;

    MedicalConsent(
            ClaimParticipants claims,
            CurrentUser currentUser,
            MedicalShareRepository shares,
            MedicalRefusalRepository refusals,
            DocumentGuard guard,
            Clock clock) {
        this.claims = claims;
        this.currentUser = currentUser;
        this.shares = shares;
        this.refusals = refusals;
        this.guard = guard;
        this.clock = clock;
    }

    /** The owner lets one participant (DOCTOR, EXPERT or HELPER of this claim) read this one document. */
    public void share(long documentId, long recipientId) {
        MedicalDocument doc = guard.ownersDocument(documentId, AuditAction.SHARE);
        ClaimContext claim = claims.find(doc.getClaimId()).orElseThrow();
        Participant recipient = claim.participants().stream()
                .filter(p -> p.userId() == recipientId && MedicalAccessRules.mayReceive(p.role()))
                .findFirst()
                .orElseThrow(() -> new UserInputException("recipient", "medical.share.error.recipient"));
        boolean active = shares.findByDocumentIdAndRecipientId(documentId, recipientId).stream()
                .anyMatch(s -> s.activeAt(clock.instant()));
        if (!active) {
            shares.save(
                    new MedicalShare(documentId, recipientId, recipient.role().name(), clock.instant()));
        }
        guard.record(
                Relation.OWNER,
                doc.getClaimId(),
                DocumentGuard.subject(documentId) + ":to:" + recipientId,
                AuditAction.SHARE,
                AuditOutcome.GRANTED);
    }

    /** Ends a share now: the next read by that person is refused. */
    public void revoke(long documentId, long recipientId) {
        MedicalDocument doc = guard.ownersDocument(documentId, AuditAction.REVOKE);
        shares.findByDocumentIdAndRecipientId(documentId, recipientId).stream()
                .filter(s -> s.activeAt(clock.instant()))
                .forEach(s -> s.revoke(clock.instant()));
        guard.record(
                Relation.OWNER,
                doc.getClaimId(),
                DocumentGuard.subject(documentId) + ":to:" + recipientId,
                AuditAction.REVOKE,
                AuditOutcome.GRANTED);
    }

    /**
     * The victim declines to communicate what the insurer asked for, with the reason (avis Cass. 2e civ. 3 Jul 2025
     * n° 25-70.007: the right exists, a judge weighs the reason).
     */
    public void recordRefusal(String reference, String requested, String reason) {
        ClaimContext claim = DocumentGuard.owned(claims.context(reference));
        String what = requested == null ? "" : requested.strip();
        String why = reason == null ? "" : reason.strip();
        if (what.isEmpty() || what.length() > 200) {
            throw new UserInputException("requested", "medical.refusal.error.requested");
        }
        if (why.length() < 10 || why.length() > 2000) {
            throw new UserInputException("reason", "medical.refusal.error.reason");
        }
        MedicalRefusal saved = refusals.save(new MedicalRefusal(
                claim.claimId(),
                what,
                why,
                clock.instant(),
                currentUser.require().id()));
        guard.record(
                Relation.OWNER, claim.claimId(), "refusal:" + saved.getId(), AuditAction.REFUSAL, AuditOutcome.GRANTED);
    }
}
