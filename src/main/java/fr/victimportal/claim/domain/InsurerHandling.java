package fr.victimportal.claim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which insurer handles a claim, and since when it has acted on it. The victim addresses the claim to an insurer and
 * may change it until that insurer acts (first opens the claim, records a fact); from then on only the insurer moves
 * it, by a transfer.
 */
@Embeddable
public class InsurerHandling {

    /** The insurer the victim addressed the claim to (or that it was transferred to). */
    @Column(name = "handling_insurer_id")
    private @Nullable Long insurerId;

    /** When the handling insurer first acted on the claim. */
    @Column(name = "insurer_acted_at")
    private @Nullable Instant actedAt;

    public @Nullable Long insurerId() {
        return insurerId;
    }

    public @Nullable Instant actedAt() {
        return actedAt;
    }

    /** The victim's choice of the handling insurer, before that insurer has acted. */
    public void addressTo(long insurer) {
        if (actedAt != null) {
            throw new IllegalStateException("The claim is already handled by its insurer");
        }
        insurerId = insurer;
    }

    /** The handling insurer acted: the victim's choice is settled. */
    public void acted(Instant now) {
        if (actedAt == null) {
            actedAt = now;
        }
    }

    /** The handling insurer hands the claim to another, which handles it from now. */
    public void transferTo(long insurer, Instant now) {
        insurerId = insurer;
        actedAt = now;
    }
}
