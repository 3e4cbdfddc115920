package fr.victimportal.medical;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditEntry;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.audit.AuditRecord;
import fr.victimportal.audit.AuditTrail;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimParticipants.ClaimContext;
import fr.victimportal.claim.ClaimParticipants.Participant;
import fr.victimportal.claim.Relation;
import fr.victimportal.medical.domain.MedicalDocument;
import fr.victimportal.medical.domain.MedicalDocumentRepository;
import fr.victimportal.medical.domain.MedicalRefusal;
import fr.victimportal.medical.domain.MedicalRefusalRepository;
import fr.victimportal.medical.domain.MedicalShare;
import fr.victimportal.medical.domain.MedicalShareRepository;
import fr.victimportal.shared.UserInputException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The medical module's public face. Every call asks the claim who the current user is to it and decides from DOMAIN
 * §9.3 ({@link MedicalAccessRules}); every read, share, revoke, refusal and refused attempt on a document under
 * secrecy goes to the audit trail, refusals included (the trail writes in its own transaction).
 */
@Service
@Transactional
public class MedicalDocuments {

    private static final Logger log = LoggerFactory.getLogger(MedicalDocuments.class);

    private final ClaimParticipants claims;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final MedicalDocumentRepository documents;
    private final MedicalShareRepository shares;
    private final MedicalRefusalRepository refusals;
    private final EncryptedFileStore files;
    private final UploadChecks checks;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    MedicalDocuments(ClaimParticipants claims, CurrentUser currentUser, AccountService accounts,
            MedicalDocumentRepository documents, MedicalShareRepository shares, MedicalRefusalRepository refusals,
            EncryptedFileStore files, UploadChecks checks, AuditTrail audit, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.claims = claims;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.documents = documents;
        this.shares = shares;
        this.refusals = refusals;
        this.files = files;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The per-file limit, for the upload component's client-side hint (the server checks again). */
    public long maxFileSize() {
        return checks.maxFileSize();
    }

    /**
     * Stores each acceptable file, encrypted, and refuses the others one by one with the reason; nothing of a refused
     * file is kept. The claim's owner uploads, and so does a caseworker whose mandate covers gathering documents (the
     * document is the victim's; the caseworker sees it only if the victim then shares it with them).
     */
    public List<UploadOutcome> upload(String reference, List<NewDocument> batch) {
        ClaimContext claim = claims.context(reference);
        if (claim.viewer() != Relation.HELPER) {
            owned(claim);
        }
        claim.require(fr.victimportal.claim.HelperScope.DOCUMENTS);
        long count = documents.countByClaimId(claim.claimId());
        long total = documents.totalSizeOfClaim(claim.claimId());
        List<UploadOutcome> outcomes = new ArrayList<>();
        for (NewDocument d : batch) {
            try {
                String name = UploadChecks.cleanName(d.originalName());
                String title = checkMetadata(name, d);
                String mediaType = checks.check(name, d.file(), count, total);
                EncryptedFileStore.Stored stored = files.store(d.file());
                MedicalDocument doc = documents.save(new MedicalDocument(claim.claimId(), currentUser.require().id(),
                        d.documentClass(), d.type(), title, d.date(), name, mediaType, stored.size(), stored.sha256(),
                        stored.id(), clock.instant()));
                count++;
                total += stored.size();
                if (doc.getDocClass().underSecrecy() || claim.viewer() == Relation.HELPER) {
                    record(claim.viewer(), claim.claimId(), subject(doc.getId()), AuditAction.UPLOAD,
                            AuditOutcome.GRANTED);
                }
                outcomes.add(new UploadOutcome(name, doc.getId(), null, null));
            } catch (UserInputException refused) {
                outcomes.add(new UploadOutcome(d.originalName(), null, refused.messageKey(), refused.arguments()));
            }
        }
        return outcomes;
    }

    /**
     * The insurer's examining doctor or agent files the expert's report (R211-44: it goes to the victim and to their
     * doctor). It is stored as an expertise document, readable at once by the victim and by the claim's assisting
     * doctors (and by the examining doctor who filed it); an agent who filed it still cannot open it (medical
     * secrecy). The examination records that the report arrived today.
     */
    public UploadOutcome fileExpertReport(String reference, NewDocument d) {
        ClaimContext claim = claims.context(reference);
        if (claim.viewer() != Relation.EXPERT && claim.viewer() != Relation.AGENT) {
            throw new UserInputException(null, "medical.report.error.notAllowed");
        }
        NewDocument report = new NewDocument(d.originalName(), d.file(), DocumentClass.EXPERTISE_REPORT,
                DocumentType.EXPERTISE_REPORT, d.date(), d.title());
        String name = UploadChecks.cleanName(report.originalName());
        try {
            String title = checkMetadata(name, report);
            String mediaType = checks.check(name, report.file(), documents.countByClaimId(claim.claimId()),
                    documents.totalSizeOfClaim(claim.claimId()));
            EncryptedFileStore.Stored stored = files.store(report.file());
            long me = currentUser.require().id();
            MedicalDocument doc = documents.save(new MedicalDocument(claim.claimId(), me, report.documentClass(),
                    report.type(), title, report.date(), name, mediaType, stored.size(), stored.sha256(), stored.id(),
                    clock.instant()));
            record(claim.viewer(), claim.claimId(), subject(doc.getId()), AuditAction.UPLOAD, AuditOutcome.GRANTED);
            for (Participant p : claim.participants()) {
                if (p.role() == Relation.DOCTOR || (p.role() == Relation.EXPERT && p.userId() == me)) {
                    shares.save(new MedicalShare(doc.getId(), p.userId(), p.role().name(), clock.instant()));
                    record(claim.viewer(), claim.claimId(), subject(doc.getId()) + ":to:" + p.userId(),
                            AuditAction.SHARE, AuditOutcome.GRANTED);
                }
            }
            events.publishEvent(new fr.victimportal.claim.ExpertReportFiled(claim.reference(),
                    LocalDate.now(clock.withZone(fr.victimportal.shared.ClockConfiguration.PARIS))));
            return new UploadOutcome(name, doc.getId(), null, null);
        } catch (UserInputException refused) {
            return new UploadOutcome(d.originalName(), null, refused.messageKey(), refused.arguments());
        }
    }

    /** The claim's documents as the current user may see them (DOMAIN §9.3). */
    @Transactional(readOnly = true)
    public DocumentList list(String reference) {
        ClaimContext claim = claims.context(reference).require(fr.victimportal.claim.HelperScope.DOCUMENTS);
        long me = currentUser.require().id();
        List<MedicalDocument> all = documents.findByClaimIdOrderByDocumentDateDescIdDesc(claim.claimId());
        Map<Long, Set<Long>> recipients = activeRecipients(all.stream().map(MedicalDocument::getId).toList());
        List<DocumentSummary> visible = new ArrayList<>();
        for (MedicalDocument doc : all) {
            Set<Long> to = recipients.getOrDefault(doc.getId(), Set.of());
            if (MedicalAccessRules.listed(claim.viewer(), to.contains(me))) {
                visible.add(summary(doc, claim.viewer(), to, me));
            }
        }
        boolean owner = claim.viewer() == Relation.OWNER;
        List<Participant> may = owner ? claim.participants().stream()
                .filter(p -> MedicalAccessRules.mayReceive(p.role())).toList() : List.of();
        List<DocumentList.Refusal> declined = MedicalAccessRules.seesRefusals(claim.viewer())
                ? refusals.findByClaimIdOrderByRecordedAtDesc(claim.claimId()).stream()
                        .map(r -> new DocumentList.Refusal(r.getRequested(), r.getReason(), r.getRecordedAt())).toList()
                : List.of();
        return new DocumentList(claim.reference(), claim.viewer(), visible, may, declined);
    }

    /** Documents shared with the current user, on the claims they still take part in. */
    @Transactional(readOnly = true)
    public List<SharedDocument> sharedWithMe() {
        long me = currentUser.require().id();
        Set<Long> ids = shares.findByRecipientId(me).stream().filter(s -> s.activeAt(clock.instant()))
                .map(MedicalShare::getDocumentId).collect(Collectors.toSet());
        Map<Long, List<MedicalDocument>> byClaim = documents.findAllById(ids).stream()
                .collect(Collectors.groupingBy(MedicalDocument::getClaimId));
        List<SharedDocument> result = new ArrayList<>();
        for (var entry : byClaim.entrySet()) {
            claims.find(entry.getKey()).ifPresent(claim -> {
                String victim = accounts.displayNames(List.of(claim.ownerId())).get(claim.ownerId());
                entry.getValue().forEach(doc -> result.add(new SharedDocument(claim.reference(), victim,
                        summary(doc, claim.viewer(), Set.of(me), me))));
            });
        }
        result.sort(java.util.Comparator.comparing((SharedDocument s) -> s.document().date()).reversed());
        return result;
    }

    /**
     * Opens a document for the current user: the access rule, then the integrity check, then the bytes to the
     * output {@code target} gives for the document's name and type. Every outcome on a document under secrecy is
     * logged; a refused or unknown id is "not found".
     */
    @Transactional(readOnly = true)
    public void read(long documentId, boolean inline, Function<DocumentInfo, OutputStream> target) {
        AuditAction action = inline ? AuditAction.VIEW : AuditAction.DOWNLOAD;
        MedicalDocument doc = accessible(documentId, action);
        try {
            files.verify(doc.getStorageId(), doc.getSha256());
        } catch (StoredFileCorruptedException corrupted) {
            log.error("Medical document {} of claim {} failed its integrity check and was not served",
                    doc.getId(), doc.getClaimId(), corrupted);
            audit(doc, action, AuditOutcome.FAILED);
            throw corrupted;
        }
        if (doc.getDocClass().underSecrecy()) {
            audit(doc, action, AuditOutcome.GRANTED);
        }
        files.copyTo(doc.getStorageId(), doc.getSha256(),
                () -> target.apply(new DocumentInfo(doc.getOriginalName(), doc.getMediaType(), doc.getSizeBytes())));
    }

    /** The owner lets one participant (DOCTOR, EXPERT or HELPER of this claim) read this one document. */
    public void share(long documentId, long recipientId) {
        MedicalDocument doc = ownersDocument(documentId, AuditAction.SHARE);
        ClaimContext claim = claims.find(doc.getClaimId()).orElseThrow();
        Participant recipient = claim.participants().stream()
                .filter(p -> p.userId() == recipientId && MedicalAccessRules.mayReceive(p.role())).findFirst()
                .orElseThrow(() -> new UserInputException("recipient", "medical.share.error.recipient"));
        boolean active = shares.findByDocumentIdAndRecipientId(documentId, recipientId).stream()
                .anyMatch(s -> s.activeAt(clock.instant()));
        if (!active) {
            shares.save(new MedicalShare(documentId, recipientId, recipient.role().name(), clock.instant()));
        }
        record(Relation.OWNER, doc.getClaimId(), subject(documentId) + ":to:" + recipientId, AuditAction.SHARE,
                AuditOutcome.GRANTED);
    }

    /** Ends a share now: the next read by that person is refused. */
    public void revoke(long documentId, long recipientId) {
        MedicalDocument doc = ownersDocument(documentId, AuditAction.REVOKE);
        shares.findByDocumentIdAndRecipientId(documentId, recipientId).stream()
                .filter(s -> s.activeAt(clock.instant())).forEach(s -> s.revoke(clock.instant()));
        record(Relation.OWNER, doc.getClaimId(), subject(documentId) + ":to:" + recipientId, AuditAction.REVOKE,
                AuditOutcome.GRANTED);
    }

    /**
     * The victim declines to communicate what the insurer asked for, with the reason (avis Cass. 2e civ. 3 Jul 2025
     * n° 25-70.007: the right exists, a judge weighs the reason).
     */
    public void recordRefusal(String reference, String requested, String reason) {
        ClaimContext claim = owned(claims.context(reference));
        String what = requested == null ? "" : requested.strip();
        String why = reason == null ? "" : reason.strip();
        if (what.isEmpty() || what.length() > 200) {
            throw new UserInputException("requested", "medical.refusal.error.requested");
        }
        if (why.length() < 10 || why.length() > 2000) {
            throw new UserInputException("reason", "medical.refusal.error.reason");
        }
        MedicalRefusal saved = refusals.save(new MedicalRefusal(claim.claimId(), what, why, clock.instant(),
                currentUser.require().id()));
        record(Relation.OWNER, claim.claimId(), "refusal:" + saved.getId(), AuditAction.REFUSAL, AuditOutcome.GRANTED);
    }

    /** The owner exported all their data (RGPD art. 20): written to the claim's history like any read. */
    public void recordExport(String reference) {
        ClaimContext claim = owned(claims.context(reference));
        record(Relation.OWNER, claim.claimId(), "export", AuditAction.EXPORT, AuditOutcome.GRANTED);
    }

    /** Who did what with the claim's documents, newest first: for the owner only. */
    @Transactional(readOnly = true)
    public List<AccessLogLine> accessLog(String reference) {
        ClaimContext claim = owned(claims.context(reference));
        List<AuditEntry> entries = audit.entriesForClaim(claim.claimId());
        Map<Long, String> names = accounts.displayNames(entries.stream().map(AuditEntry::actorId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, String> titles = documents.findAllById(entries.stream().map(e -> documentIdOf(e.subject()))
                .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(MedicalDocument::getId, MedicalDocument::getTitle));
        return entries.stream().map(e -> new AccessLogLine(e.at(), names.getOrDefault(e.actorId(), "?"),
                e.actorRole(), e.action(), e.outcome(), titles.get(documentIdOf(e.subject())),
                fr.victimportal.claim.ClaimConsultations.reasonOf(e.subject()))).toList();
    }

    private MedicalDocument accessible(long documentId, AuditAction action) {
        PortalUser me = currentUser.require();
        MedicalDocument doc = documents.findById(documentId).orElse(null);
        if (doc == null) {
            audit.record(new AuditRecord(me.id(), me.role().name(), null, subject(documentId), action,
                    AuditOutcome.DENIED));
            throw new DocumentNotFoundException(documentId);
        }
        ClaimContext claim = claims.find(doc.getClaimId()).orElse(null);
        boolean shared = shares.findByDocumentIdAndRecipientId(documentId, me.id()).stream()
                .anyMatch(s -> s.activeAt(clock.instant()));
        if (claim == null || !MedicalAccessRules.mayOpen(claim.viewer(), doc.getDocClass(), shared)) {
            log.warn("Account {} ({}) was refused medical document {} ({})", me.id(), me.role(), documentId, action);
            audit.record(new AuditRecord(me.id(), claim == null ? me.role().name() : claim.viewer().name(),
                    doc.getClaimId(), subject(documentId), action, AuditOutcome.DENIED));
            throw new DocumentNotFoundException(documentId);
        }
        return doc;
    }

    private MedicalDocument ownersDocument(long documentId, AuditAction action) {
        MedicalDocument doc = accessible(documentId, action);
        ClaimContext claim = claims.find(doc.getClaimId()).orElseThrow();
        if (claim.viewer() != Relation.OWNER) {
            PortalUser me = currentUser.require();
            audit.record(new AuditRecord(me.id(), claim.viewer().name(), doc.getClaimId(), subject(documentId), action,
                    AuditOutcome.DENIED));
            throw new DocumentNotFoundException(documentId);
        }
        return doc;
    }

    private static ClaimContext owned(ClaimContext claim) {
        if (claim.viewer() != Relation.OWNER) {
            throw new ClaimNotFoundException(claim.reference());
        }
        return claim;
    }

    private String checkMetadata(String name, NewDocument d) {
        if (d.documentClass() == null || d.type() == null) {
            throw new UserInputException("class", "medical.upload.error.class", UploadChecks.shown(name));
        }
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty() || title.length() > 160) {
            throw new UserInputException("title", "medical.upload.error.title", UploadChecks.shown(name));
        }
        if (d.date() == null || d.date().isAfter(LocalDate.now(clock)) || d.date().getYear() < 1900) {
            throw new UserInputException("date", "medical.upload.error.date", UploadChecks.shown(name));
        }
        return title;
    }

    private DocumentSummary summary(MedicalDocument doc, Relation viewer, Set<Long> recipients, long me) {
        boolean open = MedicalAccessRules.mayOpen(viewer, doc.getDocClass(), recipients.contains(me));
        return new DocumentSummary(doc.getId(), doc.getDocClass(), open ? doc.getDocType() : null,
                open ? doc.getTitle() : null, doc.getDocumentDate(), doc.getUploadedAt(), doc.getMediaType(),
                doc.getSizeBytes(), !recipients.isEmpty(), open, viewer == Relation.OWNER ? recipients : Set.of());
    }

    private Map<Long, Set<Long>> activeRecipients(Collection<Long> documentIds) {
        return shares.findByDocumentIdIn(documentIds).stream().filter(s -> s.activeAt(clock.instant()))
                .collect(Collectors.groupingBy(MedicalShare::getDocumentId,
                        Collectors.mapping(MedicalShare::getRecipientId, Collectors.toSet())));
    }

    private void audit(MedicalDocument doc, AuditAction action, AuditOutcome outcome) {
        PortalUser me = currentUser.require();
        String role = claims.find(doc.getClaimId()).map(c -> c.viewer().name()).orElse(me.role().name());
        audit.record(new AuditRecord(me.id(), role, doc.getClaimId(), subject(doc.getId()), action, outcome));
    }

    private void record(Relation role, long claimId, String subject, AuditAction action, AuditOutcome outcome) {
        audit.record(new AuditRecord(currentUser.require().id(), role.name(), claimId, subject, action, outcome));
    }

    private static String subject(long documentId) {
        return "document:" + documentId;
    }

    private static Long documentIdOf(String subject) {
        String[] parts = subject.split(":");
        return parts.length >= 2 && parts[0].equals("document") ? Long.valueOf(parts[1]) : null;
    }
}
