package fr.victimportal.offer;

import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.offer.domain.Offer;
import fr.victimportal.offer.domain.OfferRepository;
import fr.victimportal.offer.domain.SettlementRepository;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Finding a claim's offers and reading them for {@link OfferService}: the offer of the current cycle, an offer by id
 * only within its own claim (any other is "not found"), and the offer as shown, with its totals and the state of its
 * settlement. Who may read or decide is checked by the service before it calls here.
 */
@Component
class OfferFiles {

    private final OfferRepository offers;
    private final SettlementRepository settlements;
    private final SettlementStates settlementStates;
    private final OfferParties parties;

    OfferFiles(
            OfferRepository offers,
            SettlementRepository settlements,
            SettlementStates settlementStates,
            OfferParties parties) {
        this.offers = offers;
        this.settlements = settlements;
        this.settlementStates = settlementStates;
        this.parties = parties;
    }

    /** The latest offer recorded in the cycle ({@code null}: the initial claim) to the victim or a claimant. */
    Optional<Offer> latest(ClaimFile file, Long cycle, Long claimantId) {
        return offers.findFirstByClaimReferenceAndAggravationIdAndClaimantIdOrderByIdDesc(
                file.reference(), cycle, claimantId);
    }

    /**
     * The offer {@code offerId} of this claim that the viewer may read; "not found" (naming {@code reference}) for any
     * other: a relative never reaches the victim's or another relative's offer, nor the victim a relative's.
     */
    Offer find(ClaimFile file, long offerId, String reference) {
        return offers.findById(offerId)
                .filter(o -> o.getClaimReference().equals(file.reference()))
                .filter(o -> parties.mayRead(file, o))
                .orElseThrow(() -> new ClaimNotFoundException(reference));
    }

    /** The offer of this claim at the version the user saw; a stale version is refused. */
    Offer owned(ClaimFile file, long offerId, long expectedVersion) {
        Offer offer = find(file, offerId, file.reference());
        if (offer.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Offer.class, offerId);
        }
        return offer;
    }

    /** An offer its addressee can still accept or refuse: only the victim or that claimant decides, and only once. */
    Offer decidable(ClaimFile file, long offerId, long expectedVersion) {
        Offer offer = owned(file, offerId, expectedVersion);
        if (!OfferParties.decides(file, offer.getClaimantId())) {
            // L211-15 / docs/legal-notes.md: only the victim (or their legal representative) settles; never a helper or
            // agent
            throw new UserInputException(null, "offer.error.ownerOnly");
        }
        if (offer.getStatus() != OfferStatus.RECORDED) {
            throw new UserInputException(null, "offer.error.alreadyDecided");
        }
        return offer;
    }

    /** The offer as shown: every head with what is owed and net, the totals, and its latest settlement's state. */
    OfferFile of(ClaimFile file, Offer offer) {
        OfferInput input = offer.input();
        List<OfferFile.Line> lines = input.heads().stream()
                .map(h -> new OfferFile.Line(h, OfferMath.owed(h), OfferMath.net(h), OfferMath.payersRecover(h)))
                .toList();
        OfferFile.Totals totals = new OfferFile.Totals(
                sum(lines.stream().map(l -> l.input().gross())),
                sum(lines.stream().map(l -> l.input().reduction())),
                sum(lines.stream().map(l -> l.input().payerClaims())),
                sum(lines.stream().map(OfferFile.Line::payersRecover)),
                sum(lines.stream().map(OfferFile.Line::net)));
        OfferFile.SettlementState state = settlements.findByOfferIdOrderByIdDesc(offer.getId()).stream()
                .findFirst()
                .map(s -> settlementStates.of(s, totals.net()))
                .orElse(null);
        return new OfferFile(
                offer.getId(),
                offer.getVersion(),
                file.reference(),
                file.ownerName(),
                file.viewer(),
                input,
                lines,
                totals,
                offer.getStatus(),
                state,
                offer.getAggravationId(),
                offer.getClaimantId() == null
                        ? null
                        : parties.find(file, offer.getClaimantId())
                                .map(c -> new OfferFile.Recipient(
                                        c.id(), c.name(), c.link(), c.heir(), c.minor(), c.representativeName()))
                                .orElse(null));
    }

    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        return OfferMath.euros(amounts.reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
