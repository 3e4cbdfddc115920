package fr.victimportal.correspondence;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.claim.ClaimParticipants.ClaimContext;
import fr.victimportal.claim.ClaimParticipants.Participant;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.correspondence.ThreadLine.Attachment;
import fr.victimportal.correspondence.domain.ClaimMessage;
import fr.victimportal.correspondence.domain.ClaimMessageRepository;
import fr.victimportal.correspondence.domain.MessageAttachment;
import fr.victimportal.correspondence.domain.MessageAttachmentRepository;
import fr.victimportal.correspondence.domain.MessageRead;
import fr.victimportal.correspondence.domain.MessageReadRepository;
import fr.victimportal.insurer.InsurerRef;
import fr.victimportal.insurer.Insurers;
import fr.victimportal.medical.DocumentSummary;
import fr.victimportal.medical.MedicalConsent;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.UploadOutcome;
import fr.victimportal.shared.UserInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's thread: messages between the victim's side (the victim, a caseworker whose mandate covers the
 * correspondence) and the handling insurer's agents, with supporting documents attached or the victim's medical
 * documents linked under their consent. Who may read and write is decided on every call ({@link ThreadAccess}); a bad
 * message is refused with the reason and nothing of it is kept (files included: one transaction).
 */
@Service
@Transactional
public class ClaimThreads {

    /** The longest message, in characters. */
    public static final int MAX_LENGTH = 10_000;

    /** Messages one person may write on one claim in a day (Paris): a bound on the rows a visitor can make it hold. */
    public static final int MAX_PER_DAY = 50;

    /** Files attached to one message at most. */
    public static final int MAX_FILES = 5;

    private final ThreadAccess access;
    private final ThreadLog log;
    private final CurrentUser currentUser;
    private final ClaimMessageRepository messages;
    private final MessageAttachmentRepository attachments;
    private final MessageReadRepository reads;
    private final MedicalDocuments documents;
    private final MedicalConsent consent;
    private final Insurers insurers;
    private final java.time.Clock clock;

    ClaimThreads(
            ThreadAccess access,
            ThreadLog log,
            CurrentUser currentUser,
            ClaimMessageRepository messages,
            MessageAttachmentRepository attachments,
            MessageReadRepository reads,
            MedicalDocuments documents,
            MedicalConsent consent,
            Insurers insurers,
            java.time.Clock clock) {
        this.access = access;
        this.log = log;
        this.currentUser = currentUser;
        this.messages = messages;
        this.attachments = attachments;
        this.reads = reads;
        this.documents = documents;
        this.consent = consent;
        this.insurers = insurers;
        this.clock = clock;
    }

    /** The thread's header for its reader; "not found" for anyone else. */
    @Transactional(readOnly = true)
    public ThreadHeader open(String reference) {
        ClaimContext claim = access.reader(reference);
        PortalUser reader = currentUser.require();
        String insurer = access.insurerOf(reference)
                .flatMap(insurers::find)
                .map(InsurerRef::name)
                .orElse(null);
        long mark = readMark(claim.claimId(), reader.id());
        List<Participant> recipients = claim.viewer() == Relation.OWNER
                ? claim.participants().stream()
                        .filter(p -> p.role() == Relation.HELPER)
                        .filter(p -> helpersWithCorrespondence(claim).contains(p.userId()))
                        .toList()
                : List.of();
        return new ThreadHeader(
                reference,
                claim.viewer(),
                insurer,
                messages.countByClaimId(claim.claimId()),
                messages.countUnread(claim.claimId(), mark, reader.id()),
                recipients);
    }

    /**
     * Up to {@code limit} lines written before line {@code beforeId} ({@link Long#MAX_VALUE} for the newest), newest
     * first: the screen loads the thread a page at a time.
     */
    @Transactional(readOnly = true)
    public List<ThreadLine> page(String reference, long beforeId, int limit) {
        ClaimContext claim = access.reader(reference);
        PortalUser reader = currentUser.require();
        long mark = readMark(claim.claimId(), reader.id());
        List<ClaimMessage> found = messages.findByClaimIdAndIdLessThanOrderByIdDesc(
                claim.claimId(), beforeId, Limit.of(Math.max(1, Math.min(limit, 200))));
        Map<Long, List<MessageAttachment>> attached =
                attachments
                        .findByMessageIdIn(
                                found.stream().map(ClaimMessage::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(MessageAttachment::getMessageId));
        java.util.Set<Long> openable = documents.openable(
                reference,
                attached.values().stream()
                        .flatMap(List::stream)
                        .map(MessageAttachment::getDocumentId)
                        .toList());
        List<ThreadLine> lines = new ArrayList<>(found.size());
        for (ClaimMessage m : found) {
            List<Attachment> files = attached.getOrDefault(m.getId(), List.of()).stream()
                    .map(a -> new Attachment(
                            a.getDocumentId(),
                            a.getTitle(),
                            a.isMedical(),
                            a.getSharedWith(),
                            openable.contains(a.getDocumentId())))
                    .toList();
            boolean mine = m.getAuthorId() != null && m.getAuthorId() == reader.id();
            lines.add(new ThreadLine(
                    m.getId(),
                    m.getCreatedAt(),
                    m.getAuthorName(),
                    Relation.valueOf(m.getAuthorRole()),
                    m.getKind() == ClaimMessage.Kind.MESSAGE ? m.getBody() : "",
                    m.getKind() == ClaimMessage.Kind.EVENT ? ThreadEvents.parse(m.getBody()) : null,
                    files,
                    mine,
                    !mine && m.getId() > mark));
        }
        return lines;
    }

    /**
     * Writes a message: its text (empty only with a document), files to attach as supporting documents (each goes
     * through the upload checks; one refused file refuses the whole message), documents already on the claim to link,
     * and for a linked medical document the caseworkers it is shared with (the victim only; never an agent).
     *
     * @return the new line's id
     */
    public long post(
            String reference, String text, List<NewDocument> files, List<Long> linked, List<Long> medicalRecipients) {
        ClaimContext claim = access.reader(reference);
        PortalUser author = currentUser.require();
        long insurerId = access.insurerOf(reference)
                .orElseThrow(() -> new UserInputException("body", "correspondence.error.notSent"));
        String body = text == null
                ? ""
                : text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (body.length() > MAX_LENGTH) {
            throw new UserInputException("body", "correspondence.error.tooLong", MAX_LENGTH);
        }
        if (body.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new UserInputException("body", "correspondence.error.control");
        }
        if (body.isEmpty() && files.isEmpty() && linked.isEmpty()) {
            throw new UserInputException("body", "correspondence.error.empty");
        }
        java.time.Instant dayStart =
                java.time.LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        if (messages.countByClaimIdAndAuthorIdAndCreatedAtGreaterThanEqual(claim.claimId(), author.id(), dayStart)
                >= MAX_PER_DAY) {
            throw new UserInputException("body", "correspondence.error.tooMany", MAX_PER_DAY);
        }
        if (files.size() + linked.size() > MAX_FILES) {
            throw new UserInputException("files", "correspondence.error.tooManyFiles", MAX_FILES);
        }
        List<MessageAttachment> toAttach = new ArrayList<>();
        for (NewDocument file : files) {
            UploadOutcome outcome = documents.uploadSupporting(reference, file);
            if (!outcome.stored()) {
                throw new UserInputException("files", outcome.refusalKey(), outcome.refusalArguments());
            }
            toAttach.add(
                    new MessageAttachment(0L, outcome.documentId(), file.title().strip(), false, null));
        }
        if (!linked.isEmpty()) {
            toAttach.addAll(links(claim, reference, linked, medicalRecipients));
        }
        ClaimMessage saved = log.message(claim, author, body, insurerId);
        for (MessageAttachment a : toAttach) {
            attachments.save(new MessageAttachment(
                    saved.getId(), a.getDocumentId(), a.getTitle(), a.isMedical(), a.getSharedWith()));
        }
        markRead(claim.claimId(), author.id(), saved.getId());
        return saved.getId();
    }

    /** The reader has seen the thread up to {@code lineId}; the mark never moves back. */
    public void markRead(String reference, long lineId) {
        ClaimContext claim = access.reader(reference);
        Long last = messages.lastId(claim.claimId());
        if (last != null) {
            markRead(claim.claimId(), currentUser.require().id(), Math.min(lineId, last));
        }
    }

    /** Lines from others the reader has not seen. */
    @Transactional(readOnly = true)
    public long unread(String reference) {
        ClaimContext claim = access.reader(reference);
        long reader = currentUser.require().id();
        return messages.countUnread(claim.claimId(), readMark(claim.claimId(), reader), reader);
    }

    private List<MessageAttachment> links(
            ClaimContext claim, String reference, List<Long> linked, List<Long> medicalRecipients) {
        Map<Long, DocumentSummary> visible = documents.list(reference).documents().stream()
                .filter(DocumentSummary::mayOpen)
                .collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
        List<Participant> recipients = claim.participants().stream()
                .filter(p -> p.role() == Relation.HELPER && medicalRecipients.contains(p.userId()))
                .filter(p -> helpersWithCorrespondence(claim).contains(p.userId()))
                .toList();
        List<MessageAttachment> out = new ArrayList<>();
        for (Long id : linked.stream().distinct().toList()) {
            DocumentSummary doc = visible.get(id);
            if (doc == null) {
                throw new UserInputException("linked", "correspondence.error.document");
            }
            String title = doc.title() == null ? "" : doc.title();
            if (!doc.documentClass().underSecrecy()) {
                out.add(new MessageAttachment(0L, id, title, false, null));
                continue;
            }
            if (claim.viewer() != Relation.OWNER) {
                throw new UserInputException("linked", "correspondence.error.medicalOwnerOnly");
            }
            if (recipients.isEmpty()) {
                throw new UserInputException("linked", "correspondence.error.medicalNoRecipient");
            }
            recipients.forEach(p -> consent.share(id, p.userId()));
            out.add(new MessageAttachment(
                    0L,
                    id,
                    title,
                    true,
                    recipients.stream().map(Participant::displayName).collect(Collectors.joining(", "))));
        }
        return out;
    }

    private List<Long> helpersWithCorrespondence(ClaimContext claim) {
        return access.helpersWith(claim.reference(), HelperScope.CORRESPONDENCE);
    }

    private long readMark(long claimId, long userId) {
        return reads.findByClaimIdAndUserId(claimId, userId)
                .map(MessageRead::getLastReadId)
                .orElse(0L);
    }

    private void markRead(long claimId, long userId, long lineId) {
        MessageRead mark =
                reads.findByClaimIdAndUserId(claimId, userId).orElseGet(() -> new MessageRead(claimId, userId, 0L));
        mark.readUpTo(lineId);
        reads.save(mark);
    }
}
