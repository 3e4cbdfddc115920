package fr.victimportal.medical;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.CurrentUser;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimParticipants.ClaimContext;
import fr.victimportal.claim.ClaimParticipants.Participant;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.medical.domain.MedicalDocument;
import fr.victimportal.medical.domain.MedicalDocumentRepository;
import fr.victimportal.medical.domain.MedicalRefusalRepository;
import fr.victimportal.medical.domain.MedicalShare;
import fr.victimportal.medical.domain.MedicalShareRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The lists of documents, for {@link MedicalDocuments} (which holds the read-only transaction): a claim's documents as
 * the current user may see them, and the documents shared with them across their claims. A document the reader may
 * not open is listed without its type and title ({@link MedicalAccessRules}).
 */
@Component
class DocumentListings {

    private final ClaimParticipants claims;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final MedicalDocumentRepository documents;
    private final MedicalShareRepository shares;
    private final MedicalRefusalRepository refusals;
    private final Clock clock;
    private DocumentGuard guard;

    @org.springframework.beans.factory.annotation.Autowired
    void guard(DocumentGuard guard) {
        this.guard = guard;
    }

    DocumentListings(
            ClaimParticipants claims,
            CurrentUser currentUser,
            AccountService accounts,
            MedicalDocumentRepository documents,
            MedicalShareRepository shares,
            MedicalRefusalRepository refusals,
            Clock clock) {
        this.claims = claims;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.documents = documents;
        this.shares = shares;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** The claim's documents as the current user may see them (docs/legal-notes.md). */
    DocumentList list(String reference, @Nullable HeirPurpose purpose) {
        ClaimContext context = claims.context(reference);
        // a relative reaches the list of what was shared with them (issue 24); a caseworker needs the mandate's item
        ClaimContext claim = context.viewer() == Relation.RELATIVE ? context : context.require(HelperScope.DOCUMENTS);
        long me = currentUser.require().id();
        MedicalAccessRules.Posthumous after = guard.posthumous(claim, me, purpose);
        boolean askPurpose = false;
        List<MedicalDocument> all = documents.findByClaimIdOrderByDocumentDateDescIdDesc(claim.claimId());
        Map<Long, Set<Long>> recipients =
                activeRecipients(all.stream().map(MedicalDocument::getId).toList());
        List<DocumentSummary> visible = new ArrayList<>();
        for (MedicalDocument doc : all) {
            Set<Long> to = recipients.getOrDefault(doc.getId(), Set.of());
            if (MedicalAccessRules.listed(claim.viewer(), doc.getDocClass(), to.contains(me), after)) {
                visible.add(summary(doc, claim.viewer(), to, me, after));
                askPurpose |=
                        MedicalAccessRules.needsPurpose(claim.viewer(), doc.getDocClass(), to.contains(me), after);
            }
        }
        boolean owner = claim.viewer() == Relation.OWNER;
        List<Participant> may = owner
                ? claim.participants().stream()
                        .filter(p -> MedicalAccessRules.mayReceive(p.role()))
                        .toList()
                : List.of();
        List<DocumentList.Refusal> declined = MedicalAccessRules.seesRefusals(claim.viewer())
                ? refusals.findByClaimIdOrderByRecordedAtDesc(claim.claimId()).stream()
                        .map(r -> new DocumentList.Refusal(r.getRequested(), r.getReason(), r.getRecordedAt()))
                        .toList()
                : List.of();
        return new DocumentList(
                claim.reference(), claim.viewer(), visible, may, declined, askPurpose, after.heirOfDeceased());
    }

    /** Documents shared with the current user, on the claims they still take part in. */
    List<SharedDocument> sharedWithMe() {
        long me = currentUser.require().id();
        Set<Long> ids = shares.findByRecipientId(me).stream()
                .filter(s -> s.activeAt(clock.instant()))
                .map(MedicalShare::getDocumentId)
                .collect(Collectors.toSet());
        Map<Long, List<MedicalDocument>> byClaim =
                documents.findAllById(ids).stream().collect(Collectors.groupingBy(MedicalDocument::getClaimId));
        List<SharedDocument> result = new ArrayList<>();
        for (var entry : byClaim.entrySet()) {
            claims.find(entry.getKey()).ifPresent(claim -> {
                String victim = accounts.displayNames(List.of(claim.ownerId())).get(claim.ownerId());
                entry.getValue()
                        .forEach(doc -> result.add(new SharedDocument(
                                claim.reference(),
                                victim,
                                summary(doc, claim.viewer(), Set.of(me), me, MedicalAccessRules.Posthumous.NONE))));
            });
        }
        result.sort(
                Comparator.comparing((SharedDocument s) -> s.document().date()).reversed());
        return result;
    }

    private DocumentSummary summary(
            MedicalDocument doc, Relation viewer, Set<Long> recipients, long me, MedicalAccessRules.Posthumous after) {
        boolean open = MedicalAccessRules.mayOpen(viewer, doc.getDocClass(), recipients.contains(me), after);
        return new DocumentSummary(
                doc.getId(),
                doc.getDocClass(),
                open ? doc.getDocType() : null,
                open ? doc.getTitle() : null,
                doc.getDocumentDate(),
                doc.getUploadedAt(),
                doc.getMediaType(),
                doc.getSizeBytes(),
                !recipients.isEmpty(),
                open,
                viewer == Relation.OWNER ? recipients : Set.of());
    }

    private Map<Long, Set<Long>> activeRecipients(Collection<Long> documentIds) {
        return shares.findByDocumentIdIn(documentIds).stream()
                .filter(s -> s.activeAt(clock.instant()))
                .collect(Collectors.groupingBy(
                        MedicalShare::getDocumentId,
                        Collectors.mapping(MedicalShare::getRecipientId, Collectors.toSet())));
    }

    /**
     * Which of these documents of the claim the current user may open, whatever a caseworker's mandate covers (a
     * document attached to a message the caseworker reads is opened only if it was shared with them, like any other).
     */
    Set<Long> openable(String reference, java.util.Collection<Long> ids) {
        ClaimContext claim = claims.context(reference);
        long me = currentUser.require().id();
        Set<Long> shared = activeRecipients(List.copyOf(ids)).entrySet().stream()
                .filter(e -> e.getValue().contains(me))
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
        Set<Long> out = new java.util.HashSet<>();
        for (MedicalDocument doc : documents.findAllById(ids)) {
            if (doc.getClaimId() == claim.claimId()
                    && MedicalAccessRules.mayOpen(claim.viewer(), doc.getDocClass(), shared.contains(doc.getId()))) {
                out.add(doc.getId());
            }
        }
        return out;
    }
}
