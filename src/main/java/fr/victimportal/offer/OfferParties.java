package fr.victimportal.offer;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.claim.ClaimClaimants;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.offer.domain.Offer;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who reads which offers of a claim (issue 24: an offer per claimant). The direct victim, and their caseworker under a
 * mandate covering the correspondence, read the victim's offers only; a relative or heir reads only the offers made to
 * them; the handling insurer's agent reads all. Whoever may not read an offer gets "not found", never a hint.
 */
@Component
class OfferParties {

    private static final Set<Relation> READERS =
            EnumSet.of(Relation.OWNER, Relation.HELPER, Relation.AGENT, Relation.RELATIVE);

    private final ClaimService claims;
    private final ClaimClaimants claimants;
    private final CurrentUser currentUser;
    private final ClaimDeadlines claimDeadlines;

    OfferParties(
            ClaimService claims, ClaimClaimants claimants, CurrentUser currentUser, ClaimDeadlines claimDeadlines) {
        this.claims = claims;
        this.claimants = claimants;
        this.currentUser = currentUser;
        this.claimDeadlines = claimDeadlines;
    }

    /** The claim as the current user sees it, or "not found" for anyone who has no business with its offers. */
    ClaimFile claim(String reference) {
        return readable(claims.open(reference));
    }

    /** The claim as opened for this user, if they may read offers on it; otherwise "not found". */
    ClaimFile readable(ClaimFile file) {
        if (!READERS.contains(file.viewer()) || !file.submitted()) {
            throw new ClaimNotFoundException(file.reference());
        }
        if (file.viewer() == Relation.RELATIVE) {
            own(file); // an active claimant of this claim, or nobody
            return file;
        }
        // a caseworker reads and copies the offer only when the mandate covers the correspondence (docs/legal-notes.md)
        return file.require(HelperScope.CORRESPONDENCE);
    }

    /** The current user's own claimant on the claim (a RELATIVE viewer); "not found" if they are none. */
    ClaimClaimants.Party own(ClaimFile file) {
        return claimants
                .ofAccount(file.reference(), currentUser.require().id())
                .orElseThrow(() -> new ClaimNotFoundException(file.reference()));
    }

    /**
     * Whose offers the viewer reads: a relative their own (claimant id), the victim and their caseworker the victim's
     * ({@code null}); the agent the one {@code requested} (null: the victim), which must be a claimant of this claim.
     * A request for anyone else's is "not found".
     */
    @Nullable
    Long party(ClaimFile file, @Nullable Long requested) {
        Long party = switch (file.viewer()) {
            case RELATIVE -> own(file).id();
            case AGENT -> requested == null ? null : claimant(file, requested).id();
            default -> null;
        };
        if (requested != null && !requested.equals(party)) {
            throw new ClaimNotFoundException(file.reference());
        }
        return party;
    }

    /** Whether the viewer may read this offer of the claim. */
    boolean mayRead(ClaimFile file, Offer offer) {
        return switch (file.viewer()) {
            case AGENT -> true;
            case RELATIVE -> Objects.equals(offer.getClaimantId(), own(file).id());
            default -> offer.getClaimantId() == null;
        };
    }

    /** Whether the viewer is the one who decides on this offer: the victim on theirs, a claimant on their own. */
    static boolean decides(ClaimFile file, @Nullable Long claimantId) {
        return claimantId == null ? file.viewer() == Relation.OWNER : file.viewer() == Relation.RELATIVE;
    }

    /** A claimant of this claim (whatever their status); "not found" for one of another claim. */
    ClaimClaimants.Party claimant(ClaimFile file, long claimantId) {
        return claimants
                .of(file.reference(), claimantId)
                .orElseThrow(() -> new ClaimNotFoundException(file.reference()));
    }

    Optional<ClaimClaimants.Party> find(ClaimFile file, long claimantId) {
        return claimants.of(file.reference(), claimantId);
    }

    /** The claim's active claimants, for the agent's choice. */
    List<ClaimClaimants.Party> active(ClaimFile file) {
        return claimants.active(file.reference());
    }

    /** The cycle the claim is in: the latest aggravation declared, or null for the initial claim. */
    @Nullable
    Long currentCycle(ClaimFile file) {
        return claimDeadlines.cycles().currentCycle(file.reference()).orElse(null);
    }
}
