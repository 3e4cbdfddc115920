package fr.victimportal.offer.domain;

import fr.victimportal.offer.OfferKind;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferRepository extends JpaRepository<Offer, Long> {

    Optional<Offer> findFirstByClaimReferenceOrderByIdDesc(String claimReference);

    /**
     * The latest offer of one cycle to one party: a null claimant id means the direct victim, a null aggravation id
     * the initial claim (Spring Data: IS NULL).
     */
    Optional<Offer> findFirstByClaimReferenceAndAggravationIdAndClaimantIdOrderByIdDesc(
            String claimReference, @Nullable Long aggravationId, @Nullable Long claimantId);

    /** The latest offer of one cycle to each party, newest first: the agent's list. */
    List<Offer> findByClaimReferenceAndAggravationIdOrderByIdDesc(String claimReference, @Nullable Long aggravationId);

    /** The direct victim's first offer of the initial claim. */
    Optional<Offer> findFirstByClaimReferenceAndAggravationIdIsNullAndClaimantIdIsNullOrderByReceivedOnAsc(
            String claimReference);

    /** The direct victim's offers of the initial cycle, oldest first (the L211-9 al. 3 review looks at the earlier). */
    List<Offer> findByClaimReferenceAndAggravationIdIsNullAndClaimantIdIsNullOrderByReceivedOnAscIdAsc(
            String claimReference);

    Optional<Offer> findFirstByClaimReferenceAndAggravationIdIsNullAndClaimantIdIsNullAndKindOrderByReceivedOnAsc(
            String claimReference, OfferKind kind);
}
