package fr.victimportal.offer.domain;

import fr.victimportal.offer.OfferKind;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferRepository extends JpaRepository<Offer, Long> {

    Optional<Offer> findFirstByClaimReferenceOrderByIdDesc(String claimReference);

    Optional<Offer> findFirstByClaimReferenceOrderByReceivedOnAsc(String claimReference);

    Optional<Offer> findFirstByClaimReferenceAndKindOrderByReceivedOnAsc(String claimReference,
            OfferKind kind);
}
