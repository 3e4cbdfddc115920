package fr.victimportal.correspondence;

import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.OwnedClaimsSection;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.correspondence.ThreadLine.ThreadEvent;
import fr.victimportal.correspondence.domain.DocumentRequest.State;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The owner's correspondence in their data export ({@code dossiers/<reference>/messagerie.json}): every line of the
 * claim's thread in order (date, author, role, the message's text or the request's event, the titles of the documents
 * attached; the documents themselves are in {@code documents/}), and every document request with its state and dates.
 * Read through the thread's own services, as the owner reads it. Nothing for a claim whose thread is empty.
 */
@Component
@Order(35)
class ThreadDataSection extends OwnedClaimsSection {

    private static final int PAGE = 200;

    private final ClaimThreads threads;
    private final DocumentRequests requests;

    ThreadDataSection(ClaimService claims, ClaimThreads threads, DocumentRequests requests) {
        super(claims);
        this.threads = threads;
        this.requests = requests;
    }

    /** The file's content. */
    record Correspondence(List<Line> lines, List<Request> requests) {}

    /**
     * A line of the thread.
     *
     * @param text  the message (empty for an event)
     * @param event for a request's event, what happened; {@code null} for a message
     */
    record Line(
            Instant at,
            String author,
            Relation role,
            String text,
            @Nullable Event event,
            List<String> attachments) {}

    /** A request's event: REQUESTED, ANSWERED, REFUSED or WITHDRAWN, with the item, its free label and due date. */
    record Event(
            String type,
            RequestItem item,
            String label,
            @Nullable LocalDate due) {}

    /** A document request and what became of it. */
    record Request(
            long id,
            RequestItem item,
            String label,
            String reason,
            LocalDate due,
            State state,
            String requestedBy,
            Instant requestedAt,
            @Nullable Instant closedAt,
            @Nullable String closedBy,
            @Nullable String documentTitle,
            @Nullable String refusalReason) {}

    @Override
    protected void write(String reference, String folder, Sink sink) throws IOException {
        List<Line> lines = lines(reference);
        List<Request> asked = requests.list(reference).stream()
                .map(r -> new Request(
                        r.id(),
                        r.item(),
                        r.label(),
                        r.reason(),
                        r.due(),
                        r.state(),
                        r.requestedBy(),
                        r.requestedAt(),
                        r.closedAt(),
                        r.closedBy(),
                        r.documentTitle(),
                        r.refusalReason()))
                .toList()
                .reversed();
        if (lines.isEmpty() && asked.isEmpty()) {
            return;
        }
        sink.json(folder + "messagerie.json", new Correspondence(lines, asked));
    }

    /** Every line, oldest first, read a page at a time. */
    private List<Line> lines(String reference) {
        List<Line> newestFirst = new ArrayList<>();
        long before = Long.MAX_VALUE;
        while (true) {
            List<ThreadLine> page = threads.page(reference, before, PAGE);
            page.forEach(l -> newestFirst.add(line(l)));
            if (page.size() < PAGE) {
                break;
            }
            before = page.getLast().id();
        }
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private static Line line(ThreadLine l) {
        ThreadEvent e = l.event();
        Event event = e == null
                ? null
                : new Event(
                        e.key().substring(e.key().lastIndexOf('.') + 1).toUpperCase(Locale.ROOT),
                        e.item(),
                        e.label(),
                        e.due());
        return new Line(
                l.at(),
                l.authorName(),
                l.authorRole(),
                l.body(),
                event,
                l.attachments().stream().map(ThreadLine.Attachment::title).toList());
    }
}
