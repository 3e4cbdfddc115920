package fr.victimportal.correspondence;

import fr.victimportal.correspondence.domain.DocumentRequest.State;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A document request as the thread's readers see it.
 *
 * @param label         the free text of an {@link RequestItem#OTHER} item, empty otherwise
 * @param documentId    the document given in answer, if any
 * @param documentTitle its title as it was when given
 * @param mayOpen       the reader may open that document (an agent never opens a medical one)
 */
public record RequestView(
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
        @Nullable Long documentId,
        @Nullable String documentTitle,
        @Nullable String refusalReason,
        boolean mayOpen) {

    public boolean open() {
        return state == State.OPEN;
    }
}
