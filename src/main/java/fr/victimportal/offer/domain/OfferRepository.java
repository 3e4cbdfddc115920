package fr.victimportal.offer.domain;

import fr.victimportal.offer.OfferKind;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferRepository extends JpaRepository<Offer, Long> {

    Optional<Offer> findFirstByClaimReferenceOrderByIdDesc(String claimReference);

    /** The latest offer of one cycle; a null aggravation id means the initial claim (Spring Data: IS NULL). */
    Optional<Offer> findFirstByClaimReferenceAndAggravationIdOrderByIdDesc(
            String claimReference, @Nullable Long aggravationId);

    Optional<Offer> findFirstByClaimReferenceAndAggravationIdIsNullOrderByReceivedOnAsc(String claimReference);

    /** The initial cycle's offers, oldest first (the L211-9 al. 3 review looks at the earlier ones). */
    List<Offer> findByClaimReferenceAndAggravationIdIsNullOrderByReceivedOnAscIdAsc(String claimReference);

    Optional<Offer> findFirstByClaimReferenceAndAggravationIdIsNullAndKindOrderByReceivedOnAsc(
            String claimReference, OfferKind kind);
}
