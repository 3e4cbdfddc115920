package fr.victimportal.offer.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SettlementRepository extends JpaRepository<Settlement, Long> {

    Optional<Settlement> findByActiveOfferId(Long offerId);

    List<Settlement> findByOfferIdOrderByIdDesc(Long offerId);

    /** The claim's standing settlements, newest first. */
    List<Settlement> findByClaimReferenceAndWithdrawnOnIsNullOrderByIdDesc(String claimReference);

    /** The initial claim's standing settlements (on an offer of no aggravation), newest first, in one query. */
    @Query("select s from Settlement s where s.claimReference = :reference and s.withdrawnOn is null and exists"
            + " (select o.id from Offer o where o.id = s.offerId and o.aggravationId is null) order by s.id desc")
    List<Settlement> standingOfInitialClaim(@Param("reference") String reference);

    /** An aggravation's standing settlements (on an offer of that aggravation), newest first, in one query. */
    @Query("select s from Settlement s where s.claimReference = :reference and s.withdrawnOn is null and exists"
            + " (select o.id from Offer o where o.id = s.offerId and o.aggravationId = :aggravationId)"
            + " order by s.id desc")
    List<Settlement> standingOfAggravation(
            @Param("reference") String reference, @Param("aggravationId") Long aggravationId);

    /** The cycle's current acceptance (0: the initial claim), at most one (uk_settlement_current). */
    Optional<Settlement> findByClaimReferenceAndCycleNoAndCurrentMarkerTrue(String claimReference, long cycleNo);
}
