package fr.victimportal.correspondence;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.claim.ClaimFamily;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimParticipants.ClaimContext;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.spi.ClaimJobs;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may take part in a claim's thread, decided on every call: the victim (or their legal representative), a
 * caseworker whose mandate covers the correspondence, and the handling insurer's agents (the claim's own access
 * policy already keeps every other insurer out). After the victim's recorded death, an active heir of the claim takes
 * part like the victim did (issue 24: the deceased can no longer); the medical documents keep the medical module's
 * rules. A relative of a living victim, doctors and the examining doctor do not see it, and nobody else learns that the
 * claim exists: the answer is the same "not found".
 */
@Component
class ThreadAccess {

    private final ClaimParticipants claims;
    private final ClaimJobs jobs;
    private final ClaimFamily family;
    private final CurrentUser currentUser;

    ThreadAccess(ClaimParticipants claims, ClaimJobs jobs, ClaimFamily family, CurrentUser currentUser) {
        this.claims = claims;
        this.jobs = jobs;
        this.family = family;
        this.currentUser = currentUser;
    }

    /** The claim's context for a reader of its thread, or "not found". */
    ClaimContext reader(String reference) {
        return admitted(claims.context(reference));
    }

    /** The same from a claim's id (a request points at its claim by id). */
    ClaimContext reader(long claimId) {
        return admitted(claims.context(claimId));
    }

    /** Without an exception, for the dashboard's summary (an exception would mark the caller's transaction). */
    Optional<ClaimContext> maybeReader(String reference) {
        Long claimId = claims.claimId(reference);
        if (claimId == null) {
            return Optional.empty();
        }
        return claims.find(claimId).filter(this::reads);
    }

    /** The handling insurer once the claim was sent; empty for a draft (no thread yet). */
    Optional<Long> insurerOf(String reference) {
        return jobs.submittedHandlingInsurerId(reference);
    }

    /** The claim's active caseworkers whose mandate covers the item. */
    java.util.List<Long> helpersWith(String reference, HelperScope item) {
        return jobs.helpersWith(reference, item);
    }

    boolean reads(ClaimContext c) {
        return switch (c.viewer()) {
            case OWNER, AGENT -> true;
            case HELPER -> c.allows(HelperScope.CORRESPONDENCE);
            case DOCTOR, EXPERT -> false;
            // issue 24: a relative of a living victim never reads the messages; an heir after the death does
            case RELATIVE -> heirAfterDeath(c.claimId());
        };
    }

    /** Whether the current user is an active heir of the claim and the victim's death is recorded. */
    private boolean heirAfterDeath(long claimId) {
        return family.death(claimId).isPresent()
                && family.heir(claimId, currentUser.require().id());
    }

    /**
     * The victim's side that answers or refuses a request: the victim, or after the death an heir (a RELATIVE reader
     * of the thread is one). A caseworker answers too, but only the victim's side may refuse.
     */
    static boolean victimOrHeir(Relation r) {
        return r == Relation.OWNER || r == Relation.RELATIVE;
    }

    private ClaimContext admitted(ClaimContext c) {
        if (!reads(c)) {
            throw new ClaimNotFoundException(c.reference());
        }
        return c;
    }

    /** The side a reader writes from: the victim's (victim, caseworker) or the insurer's. */
    static boolean insurerSide(Relation r) {
        return r == Relation.AGENT;
    }
}
