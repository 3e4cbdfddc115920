package fr.victimportal.offer;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.audit.AuditRecord;
import fr.victimportal.audit.AuditTrail;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Minority;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.offer.domain.Offer;
import fr.victimportal.offer.domain.OfferRepository;
import fr.victimportal.offer.domain.Settlement;
import fr.victimportal.offer.domain.SettlementRepository;
import fr.victimportal.offer.events.OfferAccepted;
import fr.victimportal.offer.events.OfferRecorded;
import fr.victimportal.offer.events.PaymentRecorded;
import fr.victimportal.offer.events.SettlementAuthorised;
import fr.victimportal.offer.events.SettlementWithdrawn;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offer module's public face: recording an offer head by head, reading it with computed totals, and the
 * victim's decision (accept, refuse, withdraw within 15 days) and the insurer's payment. Who may do what is decided
 * here from the user's relation to the claim, whatever the screen shows.
 */
@Service
@Transactional
public class OfferService {

    private static final Set<Relation> READERS = EnumSet.of(Relation.OWNER, Relation.HELPER, Relation.AGENT);

    private final ClaimService claims;
    private final OfferRepository offers;
    private final SettlementRepository settlements;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final OfferReviewer reviewer;
    private final OfferLetters letters;
    private final ApplicationEventPublisher events;
    private final ClaimDeadlines claimDeadlines;
    private final AuditTrail audit;
    private final ClaimParticipants participants;
    private final Settlements settlementBook;
    private final OfferFiles files;

    public OfferService(
            ClaimService claims,
            OfferRepository offers,
            SettlementRepository settlements,
            CurrentUser currentUser,
            Clock clock,
            OfferReviewer reviewer,
            OfferLetters letters,
            ApplicationEventPublisher events,
            ClaimDeadlines claimDeadlines,
            AuditTrail audit,
            ClaimParticipants participants,
            Settlements settlementBook,
            OfferFiles files) {
        this.settlementBook = settlementBook;
        this.files = files;
        this.claimDeadlines = claimDeadlines;
        this.audit = audit;
        this.participants = participants;
        this.events = events;
        this.reviewer = reviewer;
        this.letters = letters;
        this.claims = claims;
        this.offers = offers;
        this.settlements = settlements;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The claim as the current user sees it, or "not found" for anyone who has no business with its offer. */
    ClaimFile claim(String reference) {
        return readable(claims.open(reference));
    }

    /** The claim as opened for this user, if they may read its offers; otherwise "not found". */
    private ClaimFile readable(ClaimFile file) {
        if (!READERS.contains(file.viewer()) || !file.submitted()) {
            throw new ClaimNotFoundException(file.reference());
        }
        // a caseworker reads and copies the offer only when the mandate covers the correspondence (docs/legal-notes.md)
        return file.require(HelperScope.CORRESPONDENCE);
    }

    /** Records the insurer's offer (agent, victim or helper copying the letter); returns its id. */
    public long record(String reference, OfferInput input) {
        ClaimFile file = claim(reference);
        OfferRules.check(input, file.accident().date(), today());
        refuseWhileASettlementIsOpen(file);
        Offer offer = new Offer(file.reference(), input, currentUser.require().id(), clock.instant());
        offer.belongsTo(currentCycle(file));
        long id = offers.saveAndFlush(offer).getId();
        if (file.viewer() == Relation.HELPER) {
            // every act of a caseworker appears in the victim's history (docs/legal-notes.md)
            audit.record(new AuditRecord(
                    currentUser.require().id(),
                    Relation.HELPER.name(),
                    participants.claimId(file.reference()),
                    "offer:" + id,
                    AuditAction.RECORD,
                    AuditOutcome.GRANTED));
        }
        events.publishEvent(new OfferRecorded(file.reference(), id));
        return id;
    }

    /**
     * No new letter while the cycle's settlement awaits its authorisation or can still be withdrawn; see
     * {@link Settlements#refuseWhileOpen}.
     */
    private void refuseWhileASettlementIsOpen(ClaimFile file) {
        settlementBook.refuseWhileOpen(file, currentCycle(file));
    }

    /** Why a new letter cannot be recorded now, or empty: for the entry page. */
    @Transactional(readOnly = true)
    public Optional<UserInputException> recordingRefusal(String reference) {
        ClaimFile file = claim(reference);
        try {
            refuseWhileASettlementIsOpen(file);
            return Optional.empty();
        } catch (UserInputException refused) {
            return Optional.of(refused);
        }
    }

    @Transactional(readOnly = true)
    public Optional<OfferFile> latest(String reference) {
        ClaimFile file = claim(reference);
        return files.latest(file, currentCycle(file)).map(o -> files.of(file, o));
    }

    /** The cycle the claim is in: the latest aggravation declared, or null for the initial claim. */
    private Long currentCycle(ClaimFile file) {
        return claimDeadlines.cycles().currentCycle(file.reference()).orElse(null);
    }

    /** The latest offer reviewed: completeness (R211-40), timeliness (L211-9, L211-13 estimate), benchmarks. */
    @Transactional(readOnly = true)
    public Optional<OfferReview> review(String reference) {
        return review(claim(reference));
    }

    /**
     * The same for a claim this user has just opened ({@link #claimFile(String)}): the page reads the claim once, not
     * twice. The reading rules are applied again to it.
     */
    @Transactional(readOnly = true)
    public Optional<OfferReview> review(ClaimFile opened) {
        ClaimFile file = readable(opened);
        return files.latest(file, currentCycle(file)).map(o -> reviewer.review(file, files.of(file, o)));
    }

    /** The review as a PDF the victim can keep, in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] reviewPdf(String reference, Locale locale) {
        return letters.review(review(reference), today(), locale);
    }

    /** The L211-16 withdrawal letter, once the withdrawal is recorded; the victim (or their helper) prints it. */
    @Transactional(readOnly = true)
    public byte[] withdrawalLetter(String reference) {
        return letters.withdrawalLetter(claim(reference), () -> latest(reference));
    }

    /**
     * L211-16: the letter to send, prepared while the transaction can still be withdrawn ("dénoncer la transaction"),
     * dated today and signed at {@code place}. Preparing it records nothing: the withdrawal exists once the registered
     * letter is sent, which the victim then confirms with {@link #withdraw(String, long, long, LocalDate, String)}.
     */
    @Transactional(readOnly = true)
    public byte[] withdrawalDraft(String reference, String place) {
        return letters.withdrawalDraft(claim(reference), () -> latest(reference), place, today());
    }

    /** The claim as this user sees it, for the screens (title, read-only notice). */
    @Transactional(readOnly = true)
    public ClaimFile claimFile(String reference) {
        return claim(reference);
    }

    /** The victim accepts, the transaction being signed today (kept for callers that have no date to give). */
    public OfferFile accept(String reference, long offerId, long expectedVersion) {
        return accept(reference, offerId, expectedVersion, today());
    }

    /**
     * The victim records that they accepted: {@code signedOn} is the day the transaction was signed (or the acceptance
     * sent), from which L211-16 counts the 15 days and L211-17 the payment month — never in the future, never before
     * the offer. Recording it here sends nothing to the insurer. Under L211-15 (a minor or an adult under tutelle) the
     * periods start only once the judge's authorisation is recorded; a victim who is a minor by the declared birth date
     * with no representative recorded cannot accept at all. Only the victim (OWNER) may; a stale version or a second
     * acceptance in the cycle while one is open is refused and creates nothing.
     */
    public OfferFile accept(String reference, long offerId, long expectedVersion, LocalDate signedOn) {
        ClaimFile file = claim(reference);
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
        if (Minority.unrepresentedMinorOn(file, signedOn)) {
            // a minor cannot accept alone: their legal representative acts, with the judge's authorisation (L211-15)
            throw new UserInputException(null, "offer.minor.unrepresented");
        }
        refuseWhileASettlementIsOpen(file);
        boolean needsJudge = file.representation().settlementNeedsJudge();
        Settlement settlement = settlementBook.conclude(file, offer, signedOn, needsJudge);
        offer.decide(OfferStatus.ACCEPTED, this.clock.instant());
        offers.saveAndFlush(offer);
        settlements.saveAndFlush(settlement);
        // the reminders replan in this transaction; the agents' notices follow after the commit (OfferNotices)
        events.publishEvent(new OfferAccepted(
                file.reference(),
                offer.getId(),
                signedOn,
                needsJudge,
                needsJudge ? null : settlement.getWithdrawalEndsOn(),
                needsJudge ? null : settlement.getPaymentDueOn()));
        return files.of(file, offer);
    }

    /**
     * L211-15: the victim's representative (or the insurer's agent) records the day the juge des tutelles or the
     * conseil de famille authorised the settlement; the periods then run from the later of that day and the signing.
     */
    public OfferFile recordAuthorisation(String reference, long offerId, LocalDate authorisedOn) {
        ClaimFile file = claim(reference);
        if (file.viewer() != Relation.OWNER && file.viewer() != Relation.AGENT) {
            throw new UserInputException(null, "offer.error.ownerOnly");
        }
        Offer offer = files.find(file, offerId, reference);
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

    /** The victim refuses (or wants to discuss): no deadline runs against them for that (D19). */
    public OfferFile refuse(String reference, long offerId, long expectedVersion) {
        ClaimFile file = claim(reference);
        Offer offer = files.decidable(file, offerId, expectedVersion);
        offer.decide(OfferStatus.REFUSED, clock.instant());
        offers.saveAndFlush(offer);
        return files.of(file, offer);
    }

    /** The victim withdraws with a letter sent today and no place (kept for callers that have none to give). */
    public OfferFile withdraw(String reference, long offerId, long expectedVersion) {
        return withdraw(reference, offerId, expectedVersion, today(), null);
    }

    /**
     * L211-16: the victim confirms they sent the registered letter (or registered electronic mail) withdrawing the
     * transaction ("dénoncer la transaction") on {@code sentOn}: not in the future, not before the transaction, not
     * after the last day of the 15 days. A letter sent in time is recorded even when the victim tells the portal later.
     */
    public OfferFile withdraw(String reference, long offerId, long expectedVersion, LocalDate sentOn, String place) {
        ClaimFile file = claim(reference);
        Offer offer = files.owned(file, offerId, expectedVersion);
        if (!file.viewer().equals(Relation.OWNER)) {
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

    /** The insurer's agent records the payment (L211-17). */
    public OfferFile recordPayment(String reference, long offerId, LocalDate paidOn, BigDecimal amount) {
        ClaimFile file = claim(reference);
        if (file.viewer() != Relation.AGENT) {
            throw new UserInputException(null, "offer.error.agentOnly");
        }
        Offer offer = files.find(file, offerId, reference);
        Settlement s = settlements
                .findByActiveOfferId(offer.getId())
                .orElseThrow(() -> new UserInputException(null, "offer.error.notAccepted"));
        settlementBook.recordPayment(s, () -> files.of(file, offer).totals().net(), paidOn, amount);
        events.publishEvent(new PaymentRecorded(file.reference(), offer.getId(), paidOn, amount));
        return files.of(file, offer);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
