package fr.victimportal.correspondence;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants.ClaimContext;
import fr.victimportal.claim.ClaimParticipants.Participant;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.correspondence.domain.DocumentRequest;
import fr.victimportal.correspondence.domain.DocumentRequest.State;
import fr.victimportal.correspondence.domain.DocumentRequestRepository;
import fr.victimportal.medical.DocumentSummary;
import fr.victimportal.medical.MedicalConsent;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.UploadOutcome;
import fr.victimportal.shared.SingleLine;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document requests: the handling insurer's agent asks for an item, why and by when; the victim (or a caseworker with
 * the correspondence scope, for a non-medical item) answers by uploading or by giving a document already on the
 * claim, or the victim refuses with a reason; the agent may withdraw it. Each step is a dated line of the thread. A
 * medical item never reaches an agent: the answer is shared with the insurer's examining doctor under the victim's
 * consent. A closed request cannot be answered again (a second tab or click is told so and nothing changes).
 */
@Service
@Transactional
public class DocumentRequests {

    /** Longest reason and refusal, in characters. */
    public static final int REASON_MAX = 2000;

    /** Open requests one claim may hold at once. */
    public static final int MAX_OPEN = 30;

    /** A due date at most this far ahead. */
    public static final int DUE_MAX_DAYS = 366;

    private final ThreadAccess access;
    private final ThreadLog log;
    private final CurrentUser currentUser;
    private final DocumentRequestRepository requests;
    private final MedicalDocuments documents;
    private final MedicalConsent consent;
    private final Clock clock;

    DocumentRequests(
            ThreadAccess access,
            ThreadLog log,
            CurrentUser currentUser,
            DocumentRequestRepository requests,
            MedicalDocuments documents,
            MedicalConsent consent,
            Clock clock) {
        this.access = access;
        this.log = log;
        this.currentUser = currentUser;
        this.requests = requests;
        this.documents = documents;
        this.consent = consent;
        this.clock = clock;
    }

    /** The agent asks for an item. {@code label} is required for {@link RequestItem#OTHER} and ignored otherwise. */
    public long create(
            String reference,
            @Nullable RequestItem item,
            @Nullable String label,
            String reason,
            @Nullable LocalDate due) {
        ClaimContext claim = access.reader(reference);
        if (claim.viewer() != Relation.AGENT) {
            throw new ClaimNotFoundException(reference);
        }
        long insurerId = access.insurerOf(reference)
                .orElseThrow(() -> new UserInputException("item", "correspondence.error.notSent"));
        if (item == null) {
            throw new UserInputException("item", "correspondence.request.error.item");
        }
        String what = item == RequestItem.OTHER ? (label == null ? "" : label.strip()) : "";
        if (item == RequestItem.OTHER && (what.length() < 3 || what.length() > 200 || !SingleLine.isSingleLine(what))) {
            throw new UserInputException("label", "correspondence.request.error.label");
        }
        String why = text(reason, "reason", "correspondence.request.error.reason");
        LocalDate today = LocalDate.now(clock);
        if (due == null) {
            throw new UserInputException("due", "correspondence.request.error.due");
        }
        if (due.isBefore(today)) {
            throw new UserInputException("due", "correspondence.request.error.duePast");
        }
        if (due.isAfter(today.plusDays(DUE_MAX_DAYS))) {
            throw new UserInputException("due", "correspondence.request.error.dueFar");
        }
        boolean alreadyOpen = requests.findByClaimIdOrderByIdDesc(claim.claimId()).stream()
                .anyMatch(r -> r.getState() == State.OPEN
                        && r.getItem().equals(item.name())
                        && what.equalsIgnoreCase(r.getLabel() == null ? "" : r.getLabel()));
        if (alreadyOpen) {
            throw new UserInputException("item", "correspondence.request.error.duplicate");
        }
        if (requests.countByClaimIdAndState(claim.claimId(), State.OPEN) >= MAX_OPEN) {
            throw new UserInputException("item", "correspondence.request.error.tooMany", MAX_OPEN);
        }
        PortalUser agent = currentUser.require();
        DocumentRequest saved = requests.save(new DocumentRequest(
                claim.claimId(), item.name(), what, why, due, agent.id(), agent.displayName(), clock.instant()));
        log.event(claim, agent, saved.getId(), ThreadEvents.REQUESTED, item, what, due, insurerId);
        return saved.getId();
    }

    /** The claim's requests, newest first, for any reader of its thread. */
    @Transactional(readOnly = true)
    public List<RequestView> list(String reference) {
        ClaimContext claim = access.reader(reference);
        List<DocumentRequest> found = requests.findByClaimIdOrderByIdDesc(claim.claimId());
        Set<Long> openable = documents.openable(
                reference,
                found.stream()
                        .map(DocumentRequest::getDocumentId)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        return found.stream()
                .map(r -> new RequestView(
                        r.getId(),
                        RequestItem.parse(r.getItem()),
                        r.getLabel() == null ? "" : r.getLabel(),
                        r.getReason(),
                        r.getDueDate(),
                        r.getState(),
                        r.getRequestedByName(),
                        r.getRequestedAt(),
                        r.getClosedAt(),
                        r.getClosedByName(),
                        r.getDocumentId(),
                        r.getDocumentTitle(),
                        r.getRefusalReason(),
                        r.getDocumentId() != null && openable.contains(r.getDocumentId())))
                .toList();
    }

    /**
     * Answers with a new file, filed under the item's type and class (the upload checks apply; a refused file
     * answers nothing). A medical item: the victim only, and the file is shared with the examining doctor.
     */
    public void answerWithUpload(long requestId, NewDocument file) {
        Open open = openForAnswer(requestId);
        RequestItem item = open.item();
        if (item.medical()) {
            examiningDoctors(open);
        }
        NewDocument filed = new NewDocument(
                file.originalName(), file.file(), item.documentClass(), item.documentType(), file.date(), file.title());
        UploadOutcome outcome = item.medical()
                ? documents.upload(open.claim().reference(), List.of(filed)).getFirst()
                : documents.uploadSupporting(open.claim().reference(), filed);
        if (!outcome.stored()) {
            throw new UserInputException("file", outcome.refusalKey(), outcome.refusalArguments());
        }
        String title = file.title() == null ? "" : file.title().strip();
        close(open, outcome.documentId(), title);
    }

    /** Answers with a document already on the claim that the reader may open, of the kind asked for. */
    public void answerWithDocument(long requestId, long documentId) {
        Open open = openForAnswer(requestId);
        DocumentSummary doc = documents.list(open.claim().reference()).documents().stream()
                .filter(d -> d.id() == documentId && d.mayOpen())
                .findFirst()
                .orElseThrow(() -> new UserInputException("document", "correspondence.error.document"));
        if (doc.documentClass().underSecrecy() != open.item().medical()) {
            throw new UserInputException("document", "correspondence.request.error.kind");
        }
        close(open, documentId, doc.title() == null ? "" : doc.title());
    }

    /** The victim declines to give the item, saying why (for a medical item, their right of medical secrecy). */
    public void refuse(long requestId, String reason) {
        Open open = openForAnswer(requestId);
        if (!ThreadAccess.victimOrHeir(open.claim().viewer())) {
            throw new UserInputException("refusal", "correspondence.request.error.refuseOwnerOnly");
        }
        String why = text(reason, "refusal", "correspondence.request.error.refusal");
        PortalUser victim = currentUser.require();
        open.request().refuse(why, victim.displayName(), clock.instant());
        requests.saveAndFlush(open.request());
        event(open, victim, ThreadEvents.REFUSED);
    }

    /** The agent withdraws an open request (asked by mistake, or no longer needed). */
    public void withdraw(long requestId) {
        DocumentRequest request = requests.findById(requestId).orElseThrow(() -> new ClaimNotFoundException("?"));
        ClaimContext claim = access.reader(request.getClaimId());
        if (claim.viewer() != Relation.AGENT) {
            throw new ClaimNotFoundException(claim.reference());
        }
        requireOpen(request);
        PortalUser agent = currentUser.require();
        request.withdraw(agent.displayName(), clock.instant());
        requests.saveAndFlush(request);
        event(new Open(claim, request, RequestItem.parse(request.getItem())), agent, ThreadEvents.WITHDRAWN);
    }

    private record Open(ClaimContext claim, DocumentRequest request, RequestItem item) {}

    private Open openForAnswer(long requestId) {
        DocumentRequest request = requests.findById(requestId).orElseThrow(() -> new ClaimNotFoundException("?"));
        ClaimContext claim = access.reader(request.getClaimId());
        if (!ThreadAccess.victimOrHeir(claim.viewer()) && claim.viewer() != Relation.HELPER) {
            throw new ClaimNotFoundException(claim.reference());
        }
        requireOpen(request);
        RequestItem item = RequestItem.parse(request.getItem());
        if (item.medical() && claim.viewer() != Relation.OWNER) {
            throw new UserInputException("document", "correspondence.request.error.medicalOwnerOnly");
        }
        return new Open(claim, request, item);
    }

    private void close(Open open, long documentId, String title) {
        if (open.item().medical()) {
            examiningDoctors(open).forEach(d -> consent.share(documentId, d.userId()));
        }
        PortalUser by = currentUser.require();
        open.request().answer(documentId, title, by.displayName(), clock.instant());
        requests.saveAndFlush(open.request());
        event(open, by, ThreadEvents.ANSWERED);
    }

    /** A medical answer goes to the insurer's examining doctor only: none on the claim yet, nothing can be given. */
    private static List<Participant> examiningDoctors(Open open) {
        List<Participant> doctors = open.claim().participants().stream()
                .filter(p -> p.role() == Relation.EXPERT)
                .toList();
        if (doctors.isEmpty()) {
            throw new UserInputException("document", "correspondence.request.error.noExaminingDoctor");
        }
        return doctors;
    }

    private void event(Open open, PortalUser actor, String key) {
        long insurerId = access.insurerOf(open.claim().reference()).orElse(0L);
        DocumentRequest r = open.request();
        log.event(open.claim(), actor, r.getId(), key, open.item(), r.getLabel(), r.getDueDate(), insurerId);
    }

    private static void requireOpen(DocumentRequest request) {
        if (request.getState() != State.OPEN) {
            throw new UserInputException("request", "correspondence.request.error.closed");
        }
    }

    private static String text(@Nullable String value, String field, String key) {
        String v = value == null ? "" : value.replace("\r\n", "\n").strip();
        if (v.length() < 3 || v.length() > REASON_MAX) {
            throw new UserInputException(field, key, REASON_MAX);
        }
        return v;
    }

    /** The items an agent may ask for, in the order of the form. */
    public static Set<RequestItem> items() {
        return java.util.EnumSet.allOf(RequestItem.class);
    }
}
