package fr.victimportal.correspondence;

import fr.victimportal.claim.model.Relation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a claim's thread as its reader sees it: a message, or an event of a document request.
 *
 * @param authorRole OWNER, HELPER or AGENT (an agent's insurer is in {@code authorName}'s line on screen)
 * @param body       the message; for an event, empty
 * @param event      for an event, its translation key and arguments; {@code null} for a message
 * @param mine       written by the reader
 * @param unread     written by someone else after the reader's read mark (as it was when the page was opened)
 */
public record ThreadLine(
        long id,
        Instant at,
        String authorName,
        Relation authorRole,
        String body,
        @Nullable ThreadEvent event,
        List<Attachment> attachments,
        boolean mine,
        boolean unread) {

    /** A request's event: {@code key} takes the item's name and the due date (or empty) as arguments. */
    public record ThreadEvent(
            String key,
            RequestItem item,
            String label,
            @Nullable LocalDate due) {}

    /**
     * A document attached to a message.
     *
     * @param medical    one of the victim's medical documents, linked (never attached) under their consent
     * @param sharedWith for a medical link, the names of the people it was shared with
     * @param mayOpen    the reader may open it (the document's own access rule, decided again on every download)
     */
    public record Attachment(
            long documentId,
            String title,
            boolean medical,
            @Nullable String sharedWith,
            boolean mayOpen) {}
}
