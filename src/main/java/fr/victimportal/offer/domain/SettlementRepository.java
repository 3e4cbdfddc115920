package fr.victimportal.offer.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SettlementRepository extends JpaRepository<Settlement, Long> {

    Optional<Settlement> findByActiveOfferId(Long offerId);

    List<Settlement> findByOfferIdOrderByIdDesc(Long offerId);

    /** The claim's standing settlements, newest first. */
    List<Settlement> findByClaimReferenceAndWithdrawnOnIsNullOrderByIdDesc(String claimReference);

    /** The cycle's current acceptance (0: the initial claim), at most one (uk_settlement_current). */
    Optional<Settlement> findByClaimReferenceAndCycleNoAndCurrentMarkerTrue(String claimReference, long cycleNo);
}
