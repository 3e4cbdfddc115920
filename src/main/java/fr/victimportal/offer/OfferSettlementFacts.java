package fr.victimportal.offer;

import fr.victimportal.claim.SettlementFacts;
import fr.victimportal.offer.domain.Offer;
import fr.victimportal.offer.domain.OfferRepository;
import fr.victimportal.offer.domain.SettlementRepository;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the claim's legal clock the settlement date (withdrawal countdown) and payment date on the dashboard. */
@Component
class OfferSettlementFacts implements SettlementFacts {

    private final SettlementRepository settlements;
    private final OfferRepository offers;

    OfferSettlementFacts(SettlementRepository settlements, OfferRepository offers) {
        this.settlements = settlements;
        this.offers = offers;
    }

    @Override
    @Transactional(readOnly = true)
    public OfferDates offerDates(String claimReference) {
        LocalDate first = offers.findFirstByClaimReferenceOrderByReceivedOnAsc(claimReference)
                .map(Offer::getReceivedOn).orElse(null);
        LocalDate definitive = first == null ? null
                : offers.findFirstByClaimReferenceAndKindOrderByReceivedOnAsc(claimReference, OfferKind.DEFINITIVE)
                        .map(Offer::getReceivedOn).orElse(null);
        return new OfferDates(first, definitive);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Settlement> standingSettlement(String claimReference) {
        return settlements.findByClaimReferenceAndWithdrawnOnIsNullOrderByIdDesc(claimReference).stream().findFirst()
                .map(s -> new Settlement(s.getConcludedOn(), s.getPaidOn()));
    }
}
