package fr.victimportal.medical;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.claim.ClaimFamily;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimParticipants.ClaimContext;
import fr.victimportal.claim.ClaimParticipants.Participant;
import fr.victimportal.claim.events.ExpertReportFiled;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.medical.domain.MedicalDocument;
import fr.victimportal.medical.domain.MedicalDocumentRepository;
import fr.victimportal.medical.domain.MedicalShare;
import fr.victimportal.medical.domain.MedicalShareRepository;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.UserInputException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim's documents: upload (the victim, or a caseworker mandated to gather documents), the expert's report,
 * the lists each person may see, and reading a document. Every call asks the claim who the current user is to it and
 * decides from docs/legal-notes.md ({@link DocumentGuard}); every read and refused attempt on a document under secrecy goes to
 * the audit trail. Consent is {@link MedicalConsent}; the victim's history is {@link ClaimAccessLog}.
 */
@Service
@Transactional
public class MedicalDocuments {

    private static final Logger log = LoggerFactory.getLogger(MedicalDocuments.class);

    private final ClaimParticipants claims;
    private final CurrentUser currentUser;
    private final MedicalDocumentRepository documents;
    private final MedicalShareRepository shares;
    private final DocumentListings listings;
    private final EncryptedFileStore files;
    private final UploadChecks checks;
    private final DocumentGuard guard;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ClaimFamily family;

    MedicalDocuments(
            ClaimParticipants claims,
            CurrentUser currentUser,
            MedicalDocumentRepository documents,
            MedicalShareRepository shares,
            DocumentListings listings,
            EncryptedFileStore files,
            UploadChecks checks,
            DocumentGuard guard,
            Clock clock,
            ApplicationEventPublisher events,
            ClaimFamily family) {
        this.family = family;
        this.events = events;
        this.claims = claims;
        this.currentUser = currentUser;
        this.documents = documents;
        this.shares = shares;
        this.listings = listings;
        this.files = files;
        this.checks = checks;
        this.guard = guard;
        this.clock = clock;
    }

    /** The per-file limit, for the upload component's client-side hint (the server checks again). */
    public long maxFileSize() {
        return checks.maxFileSize();
    }

    /** How many documents and bytes the claim may still take, and its limits. */
    public record ClaimRoom(long filesLeft, long bytesLeft, int maxFiles, long maxBytes) {}

    /**
     * What the claim can still take, asked when a file starts arriving so a full claim refuses it at once (the save
     * checks again under the claim's lock). Anyone who may file a document on the claim may ask.
     */
    @Transactional(readOnly = true)
    public ClaimRoom room(String reference) {
        ClaimContext claim = claims.context(reference);
        boolean heir = claim.viewer() == Relation.RELATIVE
                && family.heir(claim.claimId(), currentUser.require().id()); // the proof of a death (issue 24)
        if (claim.viewer() != Relation.EXPERT && claim.viewer() != Relation.AGENT && !heir) {
            if (claim.viewer() != Relation.HELPER) {
                DocumentGuard.owned(claim);
            }
            claim.require(HelperScope.DOCUMENTS);
        }
        long count = documents.countByClaimId(claim.claimId());
        long total = documents.totalSizeOfClaim(claim.claimId());
        return new ClaimRoom(
                Math.max(0, checks.maxFilesPerClaim() - count),
                Math.max(0, checks.maxTotalPerClaim() - total),
                checks.maxFilesPerClaim(),
                checks.maxTotalPerClaim());
    }

    /**
     * Stores each acceptable file, encrypted, and refuses the others one by one with the reason; nothing of a refused
     * file is kept. The claim's owner uploads, and so does a caseworker whose mandate covers gathering documents (the
     * document is the victim's; the caseworker sees it only if the victim then shares it with them).
     */
    public List<UploadOutcome> upload(String reference, List<NewDocument> batch) {
        ClaimContext claim = claims.context(reference);
        if (claim.viewer() != Relation.HELPER) {
            DocumentGuard.owned(claim);
        }
        claim.require(HelperScope.DOCUMENTS);
        return store(claim, batch);
    }

    private List<UploadOutcome> store(ClaimContext claim, List<NewDocument> batch) {
        documents.lockClaim(claim.claimId());
        long count = documents.countByClaimId(claim.claimId());
        long total = documents.totalSizeOfClaim(claim.claimId());
        List<UploadOutcome> outcomes = new ArrayList<>();
        for (NewDocument d : batch) {
            try {
                String name = UploadChecks.cleanName(d.originalName());
                String title = UploadChecks.metadata(name, d, LocalDate.now(clock));
                String mediaType = checks.check(name, d.file(), count, total);
                EncryptedFileStore.Stored stored = files.store(d.file());
                MedicalDocument doc = documents.save(new MedicalDocument(
                        claim.claimId(),
                        currentUser.require().id(),
                        d.documentClass(),
                        d.type(),
                        title,
                        d.date(),
                        name,
                        mediaType,
                        stored.size(),
                        stored.sha256(),
                        stored.id(),
                        clock.instant()));
                count++;
                total += stored.size();
                if (doc.getDocClass().underSecrecy() || claim.viewer() == Relation.HELPER) {
                    guard.record(
                            claim.viewer(),
                            claim.claimId(),
                            DocumentGuard.subject(doc.getId()),
                            AuditAction.UPLOAD,
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
     * A supporting document attached to a message or given in answer to a request (pay slip, invoice, police report):
     * the victim, a caseworker whose mandate covers the correspondence or gathering documents, or the handling
     * insurer's agent. It goes through the same checks, encryption and limits as every upload and is readable by the
     * insurer's agents; a medical class is refused here (a medical document is linked, never attached, so the
     * victim's consent decides who reads it).
     */
    public UploadOutcome uploadSupporting(String reference, NewDocument d) {
        ClaimContext claim = claims.context(reference);
        switch (claim.viewer()) {
            case OWNER, AGENT -> {}
            case HELPER -> {
                if (!claim.allows(HelperScope.CORRESPONDENCE) && !claim.allows(HelperScope.DOCUMENTS)) {
                    throw new ClaimNotFoundException(reference);
                }
            }
            case RELATIVE -> {
                // an heir gives the proof of the death and what R211-38 asks of them (issue 24)
                if (!family.heir(claim.claimId(), currentUser.require().id())) {
                    throw new ClaimNotFoundException(reference);
                }
            }
            default -> throw new ClaimNotFoundException(reference);
        }
        if (d.documentClass() != null && d.documentClass().underSecrecy()) {
            return new UploadOutcome(d.originalName(), null, "medical.upload.error.supportingOnly", new Object[] {
                UploadChecks.shown(UploadChecks.cleanName(d.originalName()))
            });
        }
        return store(claim, List.of(d)).getFirst();
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
        NewDocument report = new NewDocument(
                d.originalName(),
                d.file(),
                DocumentClass.EXPERTISE_REPORT,
                DocumentType.EXPERTISE_REPORT,
                d.date(),
                d.title());
        String name = UploadChecks.cleanName(report.originalName());
        try {
            String title = UploadChecks.metadata(name, report, LocalDate.now(clock));
            documents.lockClaim(claim.claimId());
            String mediaType = checks.check(
                    name,
                    report.file(),
                    documents.countByClaimId(claim.claimId()),
                    documents.totalSizeOfClaim(claim.claimId()));
            EncryptedFileStore.Stored stored = files.store(report.file());
            long me = currentUser.require().id();
            MedicalDocument doc = documents.save(new MedicalDocument(
                    claim.claimId(),
                    me,
                    report.documentClass(),
                    report.type(),
                    title,
                    report.date(),
                    name,
                    mediaType,
                    stored.size(),
                    stored.sha256(),
                    stored.id(),
                    clock.instant()));
            guard.record(
                    claim.viewer(),
                    claim.claimId(),
                    DocumentGuard.subject(doc.getId()),
                    AuditAction.UPLOAD,
                    AuditOutcome.GRANTED);
            for (Participant p : claim.participants()) {
                if (p.role() == Relation.DOCTOR || (p.role() == Relation.EXPERT && p.userId() == me)) {
                    shares.save(
                            new MedicalShare(doc.getId(), p.userId(), p.role().name(), clock.instant()));
                    guard.record(
                            claim.viewer(),
                            claim.claimId(),
                            DocumentGuard.subject(doc.getId()) + ":to:" + p.userId(),
                            AuditAction.SHARE,
                            AuditOutcome.GRANTED);
                }
            }
            events.publishEvent(
                    new ExpertReportFiled(claim.reference(), LocalDate.now(clock.withZone(ClockConfiguration.PARIS))));
            return new UploadOutcome(name, doc.getId(), null, null);
        } catch (UserInputException refused) {
            return new UploadOutcome(d.originalName(), null, refused.messageKey(), refused.arguments());
        }
    }

    /** The claim's documents as the current user may see them (docs/legal-notes.md). */
    @Transactional(readOnly = true)
    public DocumentList list(String reference) {
        return listings.list(reference, null);
    }

    /** The same for an heir who chose the purpose of their access (CSP L1110-4 V): the medical documents open. */
    @Transactional(readOnly = true)
    public DocumentList list(String reference, @Nullable HeirPurpose purpose) {
        return listings.list(reference, purpose);
    }

    /**
     * Which of these documents of the claim the current user may open (a message's attachments, a request's answer),
     * without the caseworker's "gather documents" scope that the full list asks for.
     */
    @Transactional(readOnly = true)
    public java.util.Set<Long> openable(String reference, java.util.Collection<Long> documentIds) {
        return documentIds.isEmpty() ? java.util.Set.of() : listings.openable(reference, documentIds);
    }

    /** Documents shared with the current user, on the claims they still take part in. */
    @Transactional(readOnly = true)
    public List<SharedDocument> sharedWithMe() {
        return listings.sharedWithMe();
    }

    /**
     * Opens a document for the current user: the access rule, then the integrity check, then the bytes to the
     * output {@code target} gives for the document's name and type. Every outcome on a document under secrecy is
     * logged; a refused or unknown id is "not found".
     */
    @Transactional(readOnly = true)
    public void read(long documentId, boolean inline, Function<DocumentInfo, OutputStream> target) {
        read(documentId, inline, null, target);
    }

    /**
     * The same for an heir of a deceased victim, with the purpose of the access (CSP L1110-4 V): without one, or after
     * the victim's objection, a medical document is "not found"; each access keeps its purpose in the audit trail.
     */
    @Transactional(readOnly = true)
    public void read(
            long documentId,
            boolean inline,
            @Nullable HeirPurpose purpose,
            Function<DocumentInfo, OutputStream> target) {
        AuditAction action = inline ? AuditAction.VIEW : AuditAction.DOWNLOAD;
        MedicalDocument doc = guard.accessible(documentId, action, purpose);
        try {
            files.verify(doc.getStorageId(), doc.getSha256());
        } catch (StoredFileCorruptedException corrupted) {
            log.error(
                    "Medical document {} of claim {} failed its integrity check and was not served",
                    doc.getId(),
                    doc.getClaimId(),
                    corrupted);
            guard.audit(doc, action, AuditOutcome.FAILED, purpose);
            throw corrupted;
        }
        if (doc.getDocClass().underSecrecy()) {
            guard.audit(doc, action, AuditOutcome.GRANTED, purpose);
        }
        files.copyTo(
                doc.getStorageId(),
                doc.getSha256(),
                () -> target.apply(new DocumentInfo(doc.getOriginalName(), doc.getMediaType(), doc.getSizeBytes())));
    }
}
