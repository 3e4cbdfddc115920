package fr.victimportal.medical;

import fr.victimportal.account.AccountService;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditEntry;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.audit.AuditTrail;
import fr.victimportal.claim.ClaimConsultations;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimParticipants.ClaimContext;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.medical.domain.MedicalDocument;
import fr.victimportal.medical.domain.MedicalDocumentRepository;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victim's history of their claim, read from the audit trail: every read, share and refused attempt on their
 * documents, the openings by agents and caseworkers with their reason, the mandates, the exports. For the owner only.
 */
@Service
@Transactional
public class ClaimAccessLog {

    private final ClaimParticipants claims;
    private final AccountService accounts;
    private final MedicalDocumentRepository documents;
    private final AuditTrail audit;
    private final DocumentGuard guard;

    ClaimAccessLog(
            ClaimParticipants claims,
            AccountService accounts,
            MedicalDocumentRepository documents,
            AuditTrail audit,
            DocumentGuard guard) {
        this.claims = claims;
        this.accounts = accounts;
        this.documents = documents;
        this.audit = audit;
        this.guard = guard;
    }

    /** The owner exported all their data (RGPD art. 20): written to the claim's history like any read. */
    public void recordExport(String reference) {
        ClaimContext claim = DocumentGuard.owned(claims.context(reference));
        guard.record(Relation.OWNER, claim.claimId(), "export", AuditAction.EXPORT, AuditOutcome.GRANTED);
    }

    /** Who did what with the claim and its documents, newest first: for the owner only. */
    @Transactional(readOnly = true)
    public List<AccessLogLine> accessLog(String reference) {
        ClaimContext claim = DocumentGuard.owned(claims.context(reference));
        List<AuditEntry> entries = audit.entriesForClaim(claim.claimId());
        Map<Long, String> names = accounts.displayNames(entries.stream()
                .map(AuditEntry::actorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<Long, String> titles = documents
                .findAllById(entries.stream()
                        .map(e -> DocumentGuard.documentIdOf(e.subject()))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(MedicalDocument::getId, MedicalDocument::getTitle));
        return entries.stream()
                .map(e -> new AccessLogLine(
                        e.at(),
                        names.getOrDefault(e.actorId(), "?"),
                        e.actorRole(),
                        e.action(),
                        e.outcome(),
                        titles.get(DocumentGuard.documentIdOf(e.subject())),
                        ClaimConsultations.reasonOf(e.subject())))
                .toList();
    }
}
