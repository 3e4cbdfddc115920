package fr.victimportal.offer;

import fr.victimportal.claim.ClaimClaimants;
import fr.victimportal.claim.SettlementFacts;
import fr.victimportal.offer.domain.OfferRepository;
import fr.victimportal.offer.domain.SettlementRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the claim's legal clock the settlement date (withdrawal countdown) and payment date on the dashboard: the direct
 * victim's offers and settlements only (a relative's offer is theirs, issue 24). One exception for the offer's own
 * deadline: after a death the offer is due to the heirs (L211-9 al. 2), so with no offer to the victim it counts as made
 * once every active heir has received theirs, on the day the last one did.
 */
@Component
class OfferSettlementFacts implements SettlementFacts {

    private final SettlementRepository settlements;
    private final OfferRepository offers;
    private final ClaimClaimants claimants;

    OfferSettlementFacts(SettlementRepository settlements, OfferRepository offers, ClaimClaimants claimants) {
        this.settlements = settlements;
        this.offers = offers;
        this.claimants = claimants;
    }

    @Override
    @Transactional(readOnly = true)
    public OfferDates offerDates(String claimReference) {
        OfferRepository.FirstOffers firsts = offers.firstOffers(claimReference);
        LocalDate first = firsts == null ? null : firsts.getFirstOn();
        if (first == null) {
            return toEveryHeir(claimReference);
        }
        LocalDate definitive = firsts.getDefinitiveOn();
        return new OfferDates(first, definitive);
    }

    /**
     * The offers to the heirs as the offer deadline reads them: made when every active heir has one (the latest first
     * offer among them), definitive when every heir has a definitive one; none while any heir still waits, so the
     * deadline keeps showing until the last heir is served.
     */
    private OfferDates toEveryHeir(String claimReference) {
        List<OfferRepository.ClaimantFirstOffers> received = offers.firstOffersToClaimants(claimReference);
        if (received.isEmpty()) {
            return OfferDates.NONE;
        }
        List<ClaimClaimants.Party> heirs = claimants.active(claimReference).stream()
                .filter(ClaimClaimants.Party::heir)
                .toList();
        Map<Long, OfferRepository.ClaimantFirstOffers> byClaimant =
                received.stream().collect(Collectors.toMap(OfferRepository.ClaimantFirstOffers::getClaimantId, r -> r));
        if (heirs.isEmpty() || !heirs.stream().allMatch(h -> byClaimant.containsKey(h.id()))) {
            return OfferDates.NONE;
        }
        List<OfferRepository.ClaimantFirstOffers> theirs =
                heirs.stream().map(h -> byClaimant.get(h.id())).toList();
        LocalDate first = theirs.stream()
                .map(OfferRepository.ClaimantFirstOffers::getFirstOn)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate definitive = theirs.stream().allMatch(r -> r.getDefinitiveOn() != null)
                ? theirs.stream()
                        .map(OfferRepository.ClaimantFirstOffers::getDefinitiveOn)
                        .max(Comparator.naturalOrder())
                        .orElseThrow()
                : null;
        return new OfferDates(first, definitive);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Settlement> standingSettlement(String claimReference) {
        return standing(claimReference, null).map(s -> new Settlement(clockStart(s), s.getPaidOn()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CycleOffer> latestOffer(String claimReference, Long aggravationId) {
        return offers.findFirstByClaimReferenceAndAggravationIdAndClaimantIdOrderByIdDesc(
                        claimReference, aggravationId, null)
                .map(o -> new CycleOffer(
                        o.getId(),
                        o.getReceivedOn(),
                        o.getKind().name(),
                        o.getStatus().name(),
                        OfferMath.euros(o.input().heads().stream()
                                .map(OfferMath::net)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)),
                        o.getInsurerName()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CycleSettlement> standingSettlement(String claimReference, Long aggravationId) {
        return standing(claimReference, aggravationId)
                .map(s -> new CycleSettlement(
                        clockStart(s), s.getWithdrawalEndsOn(), s.getPaymentDueOn(), s.getPaidOn(), s.getPaidAmount()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> acceptanceAwaitingAuthorisation(String claimReference, Long aggravationId) {
        return settlements
                .findByClaimReferenceAndCycleNoAndClaimantNoAndCurrentMarkerTrue(
                        claimReference, aggravationId == null ? 0 : aggravationId, 0)
                .filter(s -> s.getWithdrawnOn() == null && !s.clocksStarted())
                .map(fr.victimportal.offer.domain.Settlement::getConcludedOn);
    }

    /**
     * The day the L211-16 and L211-17 periods run from: the transaction's date, or the later L211-15 authorisation
     * (the engine counts from it).
     */
    private static LocalDate clockStart(fr.victimportal.offer.domain.Settlement s) {
        LocalDate authorised = s.getAuthorisedOn();
        return authorised != null && authorised.isAfter(s.getConcludedOn()) ? authorised : s.getConcludedOn();
    }

    /**
     * The cycle's standing settlement: the newest not withdrawn, on an offer of that cycle, whose periods have started
     * (a settlement awaiting its L211-15 authorisation starts no clock).
     */
    private Optional<fr.victimportal.offer.domain.Settlement> standing(String claimReference, Long aggravationId) {
        var ofCycle = aggravationId == null
                ? settlements.standingOfInitialClaim(claimReference)
                : settlements.standingOfAggravation(claimReference, aggravationId);
        return ofCycle.stream()
                .filter(fr.victimportal.offer.domain.Settlement::clocksStarted)
                .findFirst();
    }
}
