package fr.victimportal.offer.domain;

import java.time.LocalDate;
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

    /** The direct victim's initial claim's standing settlements (on an offer of no aggravation), newest first, in one query. */
    @Query(
            "select s from Settlement s where s.claimReference = :reference and s.withdrawnOn is null and exists"
                    + " (select o.id from Offer o where o.id = s.offerId and o.aggravationId is null) and s.claimantNo = 0 order by s.id desc")
    List<Settlement> standingOfInitialClaim(@Param("reference") String reference);

    /** The direct victim's standing settlements of an aggravation (on an offer of that aggravation), newest first, in one query. */
    @Query("select s from Settlement s where s.claimReference = :reference and s.withdrawnOn is null and exists"
            + " (select o.id from Offer o where o.id = s.offerId and o.aggravationId = :aggravationId)"
            + " and s.claimantNo = 0 order by s.id desc")
    List<Settlement> standingOfAggravation(
            @Param("reference") String reference, @Param("aggravationId") Long aggravationId);

    /** The direct victim's or a claimant's (0: the victim) current acceptance in a cycle (uk_settlement_current). */
    Optional<Settlement> findByClaimReferenceAndCycleNoAndClaimantNoAndCurrentMarkerTrue(
            String claimReference, long cycleNo, long claimantNo);

    /** The cycle's current acceptance (0: the initial claim) of a claim that has no claimant's settlement. */
    Optional<Settlement> findByClaimReferenceAndCycleNoAndCurrentMarkerTrue(String claimReference, long cycleNo);

    /**
     * Relatives' and heirs' settlements (issue 24) still standing whose withdrawal period ends between the two days, or
     * whose payment is due before {@code paymentBefore} and not recorded: what their reminders look at.
     */
    @Query(
            "select s from Settlement s where s.claimantNo > 0"
                    + " and s.withdrawnOn is null and s.withdrawalEndsOn is not null"
                    + " and ((s.withdrawalEndsOn between :from and :to) or (s.paidOn is null and s.paymentDueOn < :paymentBefore))")
    List<Settlement> claimantsToRemind(
            @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("paymentBefore") LocalDate paymentBefore);
}
