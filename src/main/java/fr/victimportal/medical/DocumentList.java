package fr.victimportal.medical;

import fr.victimportal.claim.ClaimParticipants.Participant;
import fr.victimportal.claim.model.Relation;
import java.time.Instant;
import java.util.List;

/**
 * A claim's documents for the current viewer; {@code recipients} are the people the owner may share with (the
 * claim's active DOCTOR, EXPERT and HELPER participants), empty for everyone else.
 */
public record DocumentList(
        String reference,
        Relation viewer,
        List<DocumentSummary> documents,
        List<Participant> recipients,
        List<Refusal> refusals,
        boolean askPurpose,
        boolean heirOfDeceased) {

    /**
     * @param askPurpose     an heir of the deceased must choose a purpose before a medical document opens (CSP L1110-4 V)
     * @param heirOfDeceased the reader is an heir (or cohabitant, PACS partner) of the deceased victim
     */
    public DocumentList(
            String reference,
            Relation viewer,
            List<DocumentSummary> documents,
            List<Participant> recipients,
            List<Refusal> refusals) {
        this(reference, viewer, documents, recipients, refusals, false, false);
    }

    public boolean owner() {
        return viewer == Relation.OWNER;
    }

    /** A recorded refusal to communicate something the insurer asked for. */
    public record Refusal(String requested, String reason, Instant recordedAt) {}
}
