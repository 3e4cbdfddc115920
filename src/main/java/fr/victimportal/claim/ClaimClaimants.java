package fr.victimportal.claim;

import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.domain.Claimant;
import fr.victimportal.claim.domain.ClaimantRepository;
import fr.victimportal.claim.model.ClaimantStatus;
import fr.victimportal.claim.model.KinLink;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claimants of a claim as other modules need them (issue 24: the offer module makes an offer to each relative or
 * heir). No caller check here: callers have opened the claim for the current user first; every answer is limited to
 * the claim named.
 */
@Service
@Transactional(readOnly = true)
public class ClaimClaimants {

    private final ClaimRepository claims;
    private final ClaimantRepository claimants;

    ClaimClaimants(ClaimRepository claims, ClaimantRepository claimants) {
        this.claims = claims;
        this.claimants = claimants;
    }

    /**
     * A relative or heir of the claim.
     *
     * @param accountId          the claimant's own account (for a minor, the representative's)
     * @param representativeName for a minor, who acts for them (L211-15)
     */
    public record Party(
            long id,
            String name,
            KinLink link,
            boolean heir,
            boolean minor,
            @Nullable String representativeName,
            boolean active,
            @Nullable Long accountId) {}

    /** The claimant {@code claimantId} if they belong to the claim {@code reference} (whatever their status). */
    public Optional<Party> of(String reference, long claimantId) {
        Optional<Long> claim = claimId(reference);
        return claim.flatMap(id -> claimants
                .findById(claimantId)
                .filter(c -> c.getClaimId().equals(id))
                .map(ClaimClaimants::party));
    }

    /** The active claimant of the claim whose account is {@code accountId}, if any. */
    public Optional<Party> ofAccount(String reference, long accountId) {
        return claimId(reference)
                .flatMap(id -> claimants.findByClaimIdAndAccountId(id, accountId).stream()
                        .filter(c -> c.getStatus() == ClaimantStatus.ACTIVE)
                        .findFirst()
                        .map(ClaimClaimants::party));
    }

    /** The claim's active claimants, in the order they were invited. */
    public List<Party> active(String reference) {
        return claimId(reference)
                .map(id -> claimants.findByClaimIdOrderByInvitedAtAsc(id).stream()
                        .filter(c -> c.getStatus() == ClaimantStatus.ACTIVE)
                        .map(ClaimClaimants::party)
                        .toList())
                .orElse(List.of());
    }

    private Optional<Long> claimId(String reference) {
        return claims.findByReference(reference).map(Claim::getId);
    }

    private static Party party(Claimant c) {
        return new Party(
                c.getId(),
                c.getName(),
                c.getLink(),
                c.isHeir(),
                c.isMinor(),
                c.getRepresentativeName(),
                c.getStatus() == ClaimantStatus.ACTIVE,
                c.getAccountId());
    }
}
