package fr.victimportal.offer;

import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Minority;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.offer.domain.Offer;
import fr.victimportal.offer.domain.OfferRepository;
import fr.victimportal.offer.domain.Settlement;
import fr.victimportal.offer.domain.SettlementRepository;
import fr.victimportal.offer.events.OfferAccepted;
import fr.victimportal.offer.events.PaymentRecorded;
import fr.victimportal.offer.events.SettlementAuthorised;
import fr.victimportal.offer.events.SettlementWithdrawn;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The decisions on an offer behind {@link OfferService}: its addressee's acceptance, refusal and withdrawal, the
 * L211-15 authorisation and the insurer's payment. Each is per offer, so per addressee: the direct victim decides on
 * theirs, each relative or heir (a minor's representative) on their own, and one's acceptance never touches another's
 * offer or settlement. Runs inside the façade's transaction, on a claim the façade opened for the current user.
 */
@Component
class OfferDecisions {

    private final OfferRepository offers;
    private final SettlementRepository settlements;
    private final Settlements settlementBook;
    private final OfferFiles files;
    private final OfferParties parties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferDecisions(
            OfferRepository offers,
            SettlementRepository settlements,
            Settlements settlementBook,
            OfferFiles files,
            OfferParties parties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.offers = offers;
        this.settlements = settlements;
        this.settlementBook = settlementBook;
        this.files = files;
        this.parties = parties;
        this.events = events;
        this.clock = clock;
    }

    /** See {@link OfferService#accept(String, long, long, LocalDate)}. */
    OfferFile accept(ClaimFile file, long offerId, long expectedVersion, LocalDate signedOn) {
        Offer offer = files.decidable(file, offerId, expectedVersion);
        if (signedOn == null) {
            throw new UserInputException("signedOn", "offer.error.signedOn.required");
        }
        if (signedOn.isAfter(today())) {
            throw new UserInputException("signedOn", "offer.error.signedOn.future");
        }
        if (signedOn.isBefore(offer.getReceivedOn())) {
            throw new UserInputException(
                    "signedOn", "offer.error.signedOn.beforeOffer", Formats.shortDate(offer.getReceivedOn()));
        }
        boolean needsJudge;
        String claimantName = null;
        if (offer.getClaimantId() == null) {
            if (Minority.unrepresentedMinorOn(file, signedOn)) {
                // a minor cannot accept alone: their legal representative acts, with the judge's authorisation
                // (L211-15)
                throw new UserInputException(null, "offer.minor.unrepresented");
            }
            needsJudge = file.representation().settlementNeedsJudge();
        } else {
            // a minor claimant's account is their representative's; the settlement needs the judge (L211-15)
            var claimant = parties.claimant(file, offer.getClaimantId());
            needsJudge = claimant.minor();
            claimantName = claimant.name();
        }
        settlementBook.refuseWhileOpen(file, parties.currentCycle(file), offer.getClaimantId());
        Settlement settlement = settlementBook.conclude(file, offer, signedOn, needsJudge);
        offer.decide(OfferStatus.ACCEPTED, clock.instant());
        offers.saveAndFlush(offer);
        settlements.saveAndFlush(settlement);
        // the reminders replan in this transaction; the agents' notices follow after the commit (OfferNotices)
        events.publishEvent(new OfferAccepted(
                file.reference(),
                offer.getId(),
                signedOn,
                needsJudge,
                needsJudge ? null : settlement.getWithdrawalEndsOn(),
                needsJudge ? null : settlement.getPaymentDueOn(),
                claimantName));
        return files.of(file, offer);
    }

    /** See {@link OfferService#recordAuthorisation}: the addressee (their representative) or the agent. */
    OfferFile recordAuthorisation(ClaimFile file, long offerId, LocalDate authorisedOn) {
        Offer offer = files.find(file, offerId, file.reference());
        if (file.viewer() != Relation.AGENT && !OfferParties.decides(file, offer.getClaimantId())) {
            throw new UserInputException(null, "offer.error.ownerOnly");
        }
        Settlement s = settlements
                .findByActiveOfferId(offer.getId())
                .filter(x -> x.isAuthorisationNeeded() && !x.clocksStarted())
                .orElseThrow(() -> new UserInputException(null, "offer.error.noAuthorisationAwaited"));
        if (authorisedOn == null || authorisedOn.isAfter(today()) || authorisedOn.isBefore(offer.getReceivedOn())) {
            throw new UserInputException(
                    "authorisedOn", "offer.error.authorisedOn", Formats.shortDate(offer.getReceivedOn()));
        }
        s.authorised(authorisedOn);
        settlementBook.startClocks(s, authorisedOn.isAfter(s.getConcludedOn()) ? authorisedOn : s.getConcludedOn());
        settlements.saveAndFlush(s);
        events.publishEvent(new SettlementAuthorised(file.reference(), offer.getId(), authorisedOn));
        return files.of(file, offer);
    }

    /** The addressee refuses (or wants to discuss): no deadline runs against them for that (D19). */
    OfferFile refuse(ClaimFile file, long offerId, long expectedVersion) {
        Offer offer = files.decidable(file, offerId, expectedVersion);
        offer.decide(OfferStatus.REFUSED, clock.instant());
        offers.saveAndFlush(offer);
        return files.of(file, offer);
    }

    /** See {@link OfferService#withdraw(String, long, long, LocalDate, String)}: only the addressee. */
    OfferFile withdraw(ClaimFile file, long offerId, long expectedVersion, LocalDate sentOn, String place) {
        Offer offer = files.owned(file, offerId, expectedVersion);
        if (!OfferParties.decides(file, offer.getClaimantId())) {
            throw new UserInputException(null, "offer.error.ownerOnly");
        }
        Settlement s = settlements
                .findByActiveOfferId(offer.getId())
                .orElseThrow(() -> new UserInputException(null, "offer.error.notAccepted"));
        settlementBook.withdraw(s, sentOn, place);
        offer.decide(OfferStatus.WITHDRAWN, clock.instant());
        offers.saveAndFlush(offer);
        events.publishEvent(new SettlementWithdrawn(file.reference(), offer.getId(), s.getConcludedOn(), sentOn));
        return files.of(file, offer);
    }

    /** The insurer's agent records a payment (L211-17) on the offer's own settlement. */
    OfferFile recordPayment(ClaimFile file, long offerId, LocalDate paidOn, BigDecimal amount) {
        if (file.viewer() != Relation.AGENT) {
            throw new UserInputException(null, "offer.error.agentOnly");
        }
        Offer offer = files.find(file, offerId, file.reference());
        Settlement s = settlements
                .findByActiveOfferId(offer.getId())
                .orElseThrow(() -> new UserInputException(null, "offer.error.notAccepted"));
        settlementBook.recordPayment(s, () -> files.of(file, offer).totals().net(), paidOn, amount);
        events.publishEvent(new PaymentRecorded(file.reference(), offer.getId(), paidOn, amount));
        return files.of(file, offer);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
