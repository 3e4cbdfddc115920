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
        List<Refusal> refusals) {

    public boolean owner() {
        return viewer == Relation.OWNER;
    }

    /** A recorded refusal to communicate something the insurer asked for. */
    public record Refusal(String requested, String reason, Instant recordedAt) {}
}
