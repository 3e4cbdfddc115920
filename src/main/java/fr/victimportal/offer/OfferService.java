package fr.victimportal.offer;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.audit.AuditRecord;
import fr.victimportal.audit.AuditTrail;
import fr.victimportal.claim.ClaimClaimants;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.offer.domain.Offer;
import fr.victimportal.offer.domain.OfferRepository;
import fr.victimportal.offer.events.OfferRecorded;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offer module's public face: recording an offer head by head, reading it with computed totals, and the
 * addressee's decision (accept, refuse, withdraw within 15 days) and the insurer's payment. An offer is made to the
 * direct victim or to one relative or heir (issue 24); who may do what is decided here and in {@link OfferParties} from
 * the user's relation to the claim, whatever the screen shows.
 */
@Service
@Transactional
public class OfferService {

    private final OfferRepository offers;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final OfferReviewer reviewer;
    private final ClaimantOfferReviewer claimantReviewer;
    private final OfferLetters letters;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final ClaimParticipants participants;
    private final Settlements settlementBook;
    private final OfferFiles files;
    private final OfferParties parties;
    private final OfferDecisions decisions;

    public OfferService(
            OfferRepository offers,
            CurrentUser currentUser,
            Clock clock,
            OfferReviewer reviewer,
            ClaimantOfferReviewer claimantReviewer,
            OfferLetters letters,
            ApplicationEventPublisher events,
            AuditTrail audit,
            ClaimParticipants participants,
            Settlements settlementBook,
            OfferFiles files,
            OfferParties parties,
            OfferDecisions decisions) {
        this.offers = offers;
        this.currentUser = currentUser;
        this.clock = clock;
        this.reviewer = reviewer;
        this.claimantReviewer = claimantReviewer;
        this.letters = letters;
        this.events = events;
        this.audit = audit;
        this.participants = participants;
        this.settlementBook = settlementBook;
        this.files = files;
        this.parties = parties;
        this.decisions = decisions;
    }

    /** The claim as the current user sees it, or "not found" for anyone who has no business with its offers. */
    ClaimFile claim(String reference) {
        return parties.claim(reference);
    }

    /** Records the insurer's offer to the direct victim (agent, victim or helper copying the letter); returns its id. */
    public long record(String reference, OfferInput input) {
        return record(reference, null, input);
    }

    /**
     * Records the insurer's offer to the direct victim ({@code claimantId} null) or, by the handling insurer's agent
     * only, to one of the claim's active relatives or heirs (issue 24). Each party's heads only (OfferRules#heads).
     */
    public long record(String reference, @Nullable Long claimantId, OfferInput input) {
        ClaimFile file = claim(reference);
        if (file.viewer() == Relation.RELATIVE) {
            throw new UserInputException(null, "offer.error.claimant.agentRecords");
        }
        OfferRules.check(input, file.accident().date(), today());
        boolean heirAfterDeath = false;
        if (claimantId != null) {
            if (file.viewer() != Relation.AGENT) {
                throw new UserInputException("claimant", "offer.error.claimant.agentRecords");
            }
            ClaimClaimants.Party to = parties.find(file, claimantId)
                    .orElseThrow(() -> new UserInputException("claimant", "offer.error.claimant.notOfClaim"));
            if (!to.active()) {
                throw new UserInputException("claimant", "offer.error.claimant.notActive", to.name());
            }
            heirAfterDeath = to.heir() && file.facts() != null && file.facts().victimDied() != null;
        }
        OfferRules.heads(input, claimantId != null, heirAfterDeath);
        settlementBook.refuseWhileOpen(file, parties.currentCycle(file), claimantId);
        Offer offer = new Offer(file.reference(), input, currentUser.require().id(), clock.instant());
        offer.belongsTo(parties.currentCycle(file));
        offer.madeTo(claimantId);
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

    /** Why a new letter to the victim cannot be recorded now, or empty: for the entry page. */
    @Transactional(readOnly = true)
    public Optional<UserInputException> recordingRefusal(String reference) {
        return recordingRefusal(reference, null);
    }

    /** Why a new letter to this party (null: the victim) cannot be recorded now, or empty. */
    @Transactional(readOnly = true)
    public Optional<UserInputException> recordingRefusal(String reference, @Nullable Long claimantId) {
        ClaimFile file = claim(reference);
        try {
            settlementBook.refuseWhileOpen(file, parties.currentCycle(file), claimantId);
            return Optional.empty();
        } catch (UserInputException refused) {
            return Optional.of(refused);
        }
    }

    /** Who an offer may be made to, for the agent's "Pour qui ?": the claim's active relatives and heirs. */
    @Transactional(readOnly = true)
    public List<OfferFile.Recipient> claimants(String reference) {
        ClaimFile file = claim(reference);
        if (file.viewer() != Relation.AGENT) {
            return List.of();
        }
        return parties.active(file).stream()
                .map(c -> new OfferFile.Recipient(
                        c.id(), c.name(), c.link(), c.heir(), c.minor(), c.representativeName()))
                .toList();
    }

    /** Whether an heir may be offered PAMI on this claim now: a death is recorded. */
    @Transactional(readOnly = true)
    public boolean deathRecorded(String reference) {
        ClaimFile file = claim(reference);
        return file.facts() != null && file.facts().victimDied() != null;
    }

    /** The latest offer of the cycle to the viewer's party (a relative: their own; others: the victim's). */
    @Transactional(readOnly = true)
    public Optional<OfferFile> latest(String reference) {
        return latest(reference, null);
    }

    /** The same, the agent naming the claimant ({@code null}: the victim); anyone else's request is "not found". */
    @Transactional(readOnly = true)
    public Optional<OfferFile> latest(String reference, @Nullable Long claimantId) {
        ClaimFile file = claim(reference);
        Long party = parties.party(file, claimantId);
        return files.latest(file, parties.currentCycle(file), party).map(o -> files.of(file, o));
    }

    /** The latest offer reviewed: completeness (R211-40), timeliness (L211-9, L211-13 estimate), benchmarks. */
    @Transactional(readOnly = true)
    public Optional<OfferReview> review(String reference) {
        return review(claim(reference), null);
    }

    /** The same for a claim this user has just opened ({@link #claimFile(String)}): the page reads the claim once. */
    @Transactional(readOnly = true)
    public Optional<OfferReview> review(ClaimFile opened) {
        return review(opened, null);
    }

    /**
     * The latest offer to one party reviewed: the viewer's own party, or for the agent {@code claimantId} (null: the
     * victim). The reading rules are applied again to the claim.
     */
    @Transactional(readOnly = true)
    public Optional<OfferReview> review(ClaimFile opened, @Nullable Long claimantId) {
        ClaimFile file = parties.readable(opened);
        Long party = parties.party(file, claimantId);
        return files.latest(file, parties.currentCycle(file), party).map(o -> {
            OfferFile f = files.of(file, o);
            return f.toClaimant() ? claimantReviewer.review(file, f) : reviewer.review(file, f);
        });
    }

    /** The review as a PDF the victim can keep, in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] reviewPdf(String reference, Locale locale) {
        return reviewPdf(reference, null, locale);
    }

    /** The same for one party's offer (the agent naming a claimant; others: their own party). */
    @Transactional(readOnly = true)
    public byte[] reviewPdf(String reference, @Nullable Long claimantId, Locale locale) {
        return letters.review(review(claim(reference), claimantId), today(), locale);
    }

    /** The L211-16 withdrawal letter, once the withdrawal is recorded; its addressee (or a helper) prints it. */
    @Transactional(readOnly = true)
    public byte[] withdrawalLetter(String reference) {
        return letters.withdrawalLetter(claim(reference), () -> latest(reference));
    }

    /**
     * L211-16: the letter to send, prepared while the transaction can still be withdrawn ("dénoncer la transaction"),
     * dated today and signed at {@code place}. Preparing it records nothing: the withdrawal exists once the registered
     * letter is sent, which the addressee then confirms with {@link #withdraw(String, long, long, LocalDate, String)}.
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

    /** The addressee accepts, the transaction being signed today (kept for callers that have no date to give). */
    public OfferFile accept(String reference, long offerId, long expectedVersion) {
        return accept(reference, offerId, expectedVersion, today());
    }

    /**
     * The offer's addressee records that they accepted: {@code signedOn} is the day the transaction was signed (or the
     * acceptance sent), from which L211-16 counts the 15 days and L211-17 the payment month — never in the future,
     * never before the offer. Recording it here sends nothing to the insurer. Under L211-15 (a minor or an adult under
     * tutelle, or a minor relative) the periods start only once the judge's authorisation is recorded; a victim who is
     * a minor by the declared birth date with no representative recorded cannot accept at all. Only the victim (OWNER)
     * on their offer, only the relative on theirs; a stale version or a second acceptance in the cycle while one of the
     * same addressee is open is refused and creates nothing.
     */
    public OfferFile accept(String reference, long offerId, long expectedVersion, LocalDate signedOn) {
        return decisions.accept(claim(reference), offerId, expectedVersion, signedOn);
    }

    /**
     * L211-15: the addressee's representative (or the insurer's agent) records the day the juge des tutelles or the
     * conseil de famille authorised the settlement; the periods then run from the later of that day and the signing.
     */
    public OfferFile recordAuthorisation(String reference, long offerId, LocalDate authorisedOn) {
        return decisions.recordAuthorisation(claim(reference), offerId, authorisedOn);
    }

    /** The addressee refuses (or wants to discuss): no deadline runs against them for that (D19). */
    public OfferFile refuse(String reference, long offerId, long expectedVersion) {
        return decisions.refuse(claim(reference), offerId, expectedVersion);
    }

    /** The addressee withdraws with a letter sent today and no place (kept for callers that have none to give). */
    public OfferFile withdraw(String reference, long offerId, long expectedVersion) {
        return withdraw(reference, offerId, expectedVersion, today(), null);
    }

    /**
     * L211-16: the addressee confirms they sent the registered letter (or registered electronic mail) withdrawing the
     * transaction on {@code sentOn}: not in the future, not before the transaction, not after the last day of the 15
     * days. A letter sent in time is recorded even when they tell the portal later.
     */
    public OfferFile withdraw(String reference, long offerId, long expectedVersion, LocalDate sentOn, String place) {
        return decisions.withdraw(claim(reference), offerId, expectedVersion, sentOn, place);
    }

    /** The insurer's agent records the payment (L211-17). */
    public OfferFile recordPayment(String reference, long offerId, LocalDate paidOn, BigDecimal amount) {
        return decisions.recordPayment(claim(reference), offerId, paidOn, amount);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
