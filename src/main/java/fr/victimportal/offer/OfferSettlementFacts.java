package fr.victimportal.offer;

import fr.victimportal.claim.SettlementFacts;
import fr.victimportal.offer.domain.SettlementRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the claim's legal clock the settlement date (withdrawal countdown) and payment date on the dashboard. */
@Component
class OfferSettlementFacts implements SettlementFacts {

    private final SettlementRepository settlements;

    OfferSettlementFacts(SettlementRepository settlements) {
        this.settlements = settlements;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Settlement> standingSettlement(String claimReference) {
        return settlements.findByClaimReferenceAndWithdrawnOnIsNullOrderByIdDesc(claimReference).stream().findFirst()
                .map(s -> new Settlement(s.getConcludedOn(), s.getPaidOn()));
    }
}
