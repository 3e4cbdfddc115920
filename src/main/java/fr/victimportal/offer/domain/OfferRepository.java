package fr.victimportal.offer.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferRepository extends JpaRepository<Offer, Long> {

    Optional<Offer> findFirstByClaimReferenceOrderByIdDesc(String claimReference);
}
