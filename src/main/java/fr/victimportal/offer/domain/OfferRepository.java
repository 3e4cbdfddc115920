package fr.victimportal.offer.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

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

    /** The direct victim's offers of the initial cycle, oldest first (the L211-9 al. 3 review looks at the earlier). */
    List<Offer> findByClaimReferenceAndAggravationIdIsNullAndClaimantIdIsNullOrderByReceivedOnAscIdAsc(
            String claimReference);

    /** A relative's or heir's first offer of the initial claim, and their first definitive one (or null). */
    interface ClaimantFirstOffers {
        Long getClaimantId();

        LocalDate getFirstOn();

        @Nullable
        LocalDate getDefinitiveOn();
    }

    /** The direct victim's first offer of the initial claim and first definitive one, as one row (issue 25). */
    interface FirstOffers {
        @Nullable
        LocalDate getFirstOn();

        @Nullable
        LocalDate getDefinitiveOn();
    }

    /** One statement, dates only (the two derived queries read each offer's row and its heads). */
    @Query("select min(o.receivedOn) as firstOn, min(case when o.kind ="
            + " fr.victimportal.offer.OfferKind.DEFINITIVE then o.receivedOn end) as definitiveOn from Offer o"
            + " where o.claimReference = :reference and o.aggravationId is null and o.claimantId is null")
    FirstOffers firstOffers(@Param("reference") String reference);

    /** For each relative or heir who received an offer of the initial claim: one row, whatever their number. */
    @Query("select o.claimantId as claimantId, min(o.receivedOn) as firstOn, min(case when o.kind ="
            + " fr.victimportal.offer.OfferKind.DEFINITIVE then o.receivedOn end) as definitiveOn from Offer o"
            + " where o.claimReference = :reference and o.aggravationId is null and o.claimantId is not null"
            + " group by o.claimantId")
    List<ClaimantFirstOffers> firstOffersToClaimants(@Param("reference") String reference);
}
