package fr.victimportal.correspondence;

import fr.victimportal.claim.ClaimParticipants.Participant;
import fr.victimportal.claim.model.Relation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim's thread as its reader opens it.
 *
 * @param insurerName      the handling insurer, or {@code null} while the declaration is not sent (no thread yet)
 * @param total            lines in the thread
 * @param unread           lines from others after the reader's read mark
 * @param medicalRecipients for the victim: the caseworkers (correspondence scope) a linked medical document may be
 *                          shared with; never an agent
 */
public record ThreadHeader(
        String reference,
        Relation viewer,
        @Nullable String insurerName,
        long total,
        long unread,
        List<Participant> medicalRecipients) {

    /** The thread opens when the declaration is sent to an insurer. */
    public boolean open() {
        return insurerName != null;
    }

    /** Only the handling insurer's agents ask for documents. */
    public boolean mayRequest() {
        return viewer == Relation.AGENT && open();
    }

    /** The victim (or their legal representative; after the death, an heir) answers a request or refuses it. */
    public boolean mayAnswer() {
        return viewer == Relation.OWNER || viewer == Relation.HELPER || viewer == Relation.RELATIVE;
    }
}
