package fr.victimportal.offer;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimClockChanged;
import fr.victimportal.claim.ClaimFile;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.Relation;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.EventType;
import fr.victimportal.deadline.PenaltyEstimate;
import fr.victimportal.deadline.PenaltyEstimator;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import fr.victimportal.offer.domain.Offer;
import fr.victimportal.offer.domain.OfferRepository;
import fr.victimportal.offer.domain.Settlement;
import fr.victimportal.offer.domain.SettlementRepository;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
    private final OfferPdf pdf;
    private final ApplicationEventPublisher events;
    private final Outbox outbox;
    private final AccountService accounts;
    private final fr.victimportal.claim.ClaimDeadlines claimDeadlines;
    private final fr.victimportal.audit.AuditTrail audit;
    private final fr.victimportal.claim.ClaimParticipants participants;
    private final DeadlineEngine engine = new DeadlineEngine();
    private final PenaltyEstimator penalties = PenaltyEstimator.withClasspathRates();

    public OfferService(ClaimService claims, OfferRepository offers,
            SettlementRepository settlements, CurrentUser currentUser, Clock clock, OfferReviewer reviewer, OfferPdf pdf,
            ApplicationEventPublisher events, Outbox outbox, AccountService accounts,
            fr.victimportal.claim.ClaimDeadlines claimDeadlines, fr.victimportal.audit.AuditTrail audit,
            fr.victimportal.claim.ClaimParticipants participants) {
        this.claimDeadlines = claimDeadlines;
        this.audit = audit;
        this.participants = participants;
        this.events = events;
        this.outbox = outbox;
        this.accounts = accounts;
        this.reviewer = reviewer;
        this.pdf = pdf;
        this.claims = claims;
        this.offers = offers;
        this.settlements = settlements;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The claim as the current user sees it, or "not found" for anyone who has no business with its offer. */
    ClaimFile claim(String reference) {
        ClaimFile file = claims.open(reference);
        if (!READERS.contains(file.viewer()) || !file.submitted()) {
            throw new ClaimNotFoundException(reference);
        }
        // a caseworker reads and copies the offer only when the mandate covers the correspondence (DOMAIN §10.1)
        return file.require(fr.victimportal.claim.HelperScope.CORRESPONDENCE);
    }

    /** Records the insurer's offer (agent, victim or helper copying the letter); returns its id. */
    public long record(String reference, OfferInput input) {
        ClaimFile file = claim(reference);
        OfferRules.check(input, file.accident().date(), today());
        Offer offer = new Offer(file.reference(), input, currentUser.require().id(), clock.instant());
        offer.belongsTo(currentCycle(file));
        long id = offers.saveAndFlush(offer).getId();
        if (file.viewer() == Relation.HELPER) {
            // every act of a caseworker appears in the victim's history (DOMAIN §10)
            audit.record(new fr.victimportal.audit.AuditRecord(currentUser.require().id(), Relation.HELPER.name(),
                    participants.claimId(file.reference()), "offer:" + id, fr.victimportal.audit.AuditAction.RECORD,
                    fr.victimportal.audit.AuditOutcome.GRANTED));
        }
        events.publishEvent(new ClaimClockChanged(file.reference(), "offer-recorded"));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<OfferFile> latest(String reference) {
        ClaimFile file = claim(reference);
        return offers.findFirstByClaimReferenceAndAggravationIdOrderByIdDesc(file.reference(), currentCycle(file))
                .map(o -> toFile(file, o));
    }

    /** The cycle the claim is in: the latest aggravation declared, or null for the initial claim. */
    private Long currentCycle(ClaimFile file) {
        return claimDeadlines.cycles().currentCycle(file.reference()).orElse(null);
    }

    /** The latest offer reviewed: completeness (R211-40), timeliness (L211-9, L211-13 estimate), benchmarks. */
    @Transactional(readOnly = true)
    public Optional<OfferReview> review(String reference) {
        ClaimFile file = claim(reference);
        return offers.findFirstByClaimReferenceAndAggravationIdOrderByIdDesc(file.reference(), currentCycle(file))
                .map(o -> reviewer.review(file, toFile(file, o)));
    }

    /** The review as a PDF the victim can keep, in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] reviewPdf(String reference, java.util.Locale locale) {
        return pdf.review(review(reference).orElseThrow(() -> new UserInputException(null, "offer.none")), today(),
                locale);
    }

    /** The L211-16 withdrawal letter, once the withdrawal is recorded; the victim (or their helper) prints it. */
    @Transactional(readOnly = true)
    public byte[] withdrawalLetter(String reference) {
        ClaimFile file = claim(reference);
        if (file.viewer() == Relation.AGENT) {
            throw new UserInputException(null, "offer.error.ownerOnly");
        }
        OfferFile offer = latest(reference).filter(o -> o.settlement() != null && o.settlement().withdrawn())
                .orElseThrow(() -> new UserInputException(null, "offer.error.notWithdrawn"));
        return pdf.withdrawalLetter(offer, file.questionnaire().correspondenceAddress(),
                offer.settlement().withdrawnOn());
    }

    /** The claim as this user sees it, for the screens (title, read-only notice). */
    @Transactional(readOnly = true)
    public ClaimFile claimFile(String reference) {
        return claim(reference);
    }

    /**
     * The victim accepts: the settlement is concluded today and the L211-16 withdrawal period opens. Only the victim
     * (OWNER) may; a stale version (double click, second tab, two people) is refused and creates nothing.
     */
    public OfferFile accept(String reference, long offerId, long expectedVersion) {
        ClaimFile file = claim(reference);
        Offer offer = decidable(file, offerId, expectedVersion);
        LocalDate today = today();
        List<Deadline> clock = engine.forEvent(EventType.SETTLEMENT, today);
        Deadline withdrawal = find(clock, DeadlineCode.WITHDRAWAL);
        Deadline payment = find(clock, DeadlineCode.PAYMENT);
        offer.decide(OfferStatus.ACCEPTED, this.clock.instant());
        offers.saveAndFlush(offer);
        settlements.saveAndFlush(new Settlement(offer.getId(), file.reference(), today, currentUser.require().id(),
                this.clock.instant(), withdrawal.dueDate(), payment.dueDate()));
        events.publishEvent(new ClaimClockChanged(file.reference(), "offer-accepted"));
        tellAgents(file.reference(), "accepted:" + offer.getId(), MailMessage
                .subject("offer.mail.accepted.subject", file.reference())
                .paragraph("offer.mail.accepted.lead", file.reference(), today, withdrawal.dueDate(), payment.dueDate())
                .paragraph("offer.mail.legalBasis")
                .action("offer.mail.action", "dossier/" + file.reference() + "/offre")
                .build());
        return toFile(file, offer);
    }

    /** The victim refuses (or wants to discuss): no deadline runs against them for that (D19). */
    public OfferFile refuse(String reference, long offerId, long expectedVersion) {
        ClaimFile file = claim(reference);
        Offer offer = decidable(file, offerId, expectedVersion);
        offer.decide(OfferStatus.REFUSED, clock.instant());
        offers.saveAndFlush(offer);
        return toFile(file, offer);
    }

    /**
     * L211-16: the victim withdraws the acceptance, up to and including the last day of the 15 days. After it, the
     * settlement is final and this is refused.
     */
    public OfferFile withdraw(String reference, long offerId, long expectedVersion) {
        ClaimFile file = claim(reference);
        Offer offer = owned(file, offerId, expectedVersion);
        if (!file.viewer().equals(Relation.OWNER)) {
            throw new UserInputException(null, "offer.error.ownerOnly");
        }
        Settlement s = settlements.findByActiveOfferId(offer.getId())
                .orElseThrow(() -> new UserInputException(null, "offer.error.notAccepted"));
        if (today().isAfter(s.getWithdrawalEndsOn())) {
            throw new UserInputException(null, "offer.error.withdrawalOver",
                    fr.victimportal.shared.ui.Formats.shortDate(s.getWithdrawalEndsOn()));
        }
        s.withdraw(today(), clock.instant());
        settlements.saveAndFlush(s);
        offer.decide(OfferStatus.WITHDRAWN, clock.instant());
        offers.saveAndFlush(offer);
        events.publishEvent(new ClaimClockChanged(file.reference(), "settlement-withdrawn"));
        tellAgents(file.reference(), "withdrawn:" + offer.getId(), MailMessage
                .subject("offer.mail.withdrawn.subject", file.reference())
                .paragraph("offer.mail.withdrawn.lead", file.reference(), s.getConcludedOn(), today())
                .paragraph("offer.mail.legalBasis")
                .action("offer.mail.action", "dossier/" + file.reference() + "/offre")
                .build());
        return toFile(file, offer);
    }

    /** The insurer's agent records the payment (L211-17). */
    public OfferFile recordPayment(String reference, long offerId, LocalDate paidOn, BigDecimal amount) {
        ClaimFile file = claim(reference);
        if (file.viewer() != Relation.AGENT) {
            throw new UserInputException(null, "offer.error.agentOnly");
        }
        Offer offer = offers.findById(offerId).filter(o -> o.getClaimReference().equals(file.reference()))
                .orElseThrow(() -> new ClaimNotFoundException(reference));
        Settlement s = settlements.findByActiveOfferId(offer.getId())
                .orElseThrow(() -> new UserInputException(null, "offer.error.notAccepted"));
        if (paidOn == null || paidOn.isAfter(today()) || paidOn.isBefore(s.getConcludedOn())) {
            throw new UserInputException("paidOn", "offer.error.paidOn");
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw new UserInputException("paidAmount", "offer.error.amount");
        }
        s.paid(paidOn, OfferMath.euros(amount), currentUser.require().id());
        settlements.saveAndFlush(s);
        events.publishEvent(new ClaimClockChanged(file.reference(), "settlement-paid"));
        return toFile(file, offer);
    }

    /**
     * Tells the insurer's agents, in the transaction of the change, that the victim accepted or withdrew: a procedure
     * notice (not a reminder they could turn off), once per agent and event.
     */
    private void tellAgents(String reference, String event, MailMessage message) {
        for (long agent : accounts.idsWithRole(Role.AGENT)) {
            outbox.enqueue(Mail.notice(agent, message, "offer:" + reference + ":" + event + ":" + agent));
        }
    }

    private Offer decidable(ClaimFile file, long offerId, long expectedVersion) {
        Offer offer = owned(file, offerId, expectedVersion);
        if (file.viewer() != Relation.OWNER) {
            // L211-15 / DOMAIN §10: only the victim (or their legal representative) settles; never a helper or agent
            throw new UserInputException(null, "offer.error.ownerOnly");
        }
        if (offer.getStatus() != OfferStatus.RECORDED) {
            throw new UserInputException(null, "offer.error.alreadyDecided");
        }
        return offer;
    }

    private Offer owned(ClaimFile file, long offerId, long expectedVersion) {
        Offer offer = offers.findById(offerId).filter(o -> o.getClaimReference().equals(file.reference()))
                .orElseThrow(() -> new ClaimNotFoundException(file.reference()));
        if (offer.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Offer.class, offerId);
        }
        return offer;
    }

    private static Deadline find(List<Deadline> deadlines, DeadlineCode code) {
        return deadlines.stream().filter(d -> d.code() == code).findFirst().orElseThrow();
    }

    OfferFile toFile(ClaimFile file, Offer offer) {
        OfferInput input = offer.input();
        List<OfferFile.Line> lines = input.heads().stream()
                .map(h -> new OfferFile.Line(h, OfferMath.owed(h), OfferMath.net(h), OfferMath.payersRecover(h)))
                .toList();
        OfferFile.Totals totals = new OfferFile.Totals(
                sum(lines.stream().map(l -> l.input().gross())), sum(lines.stream().map(l -> l.input().reduction())),
                sum(lines.stream().map(l -> l.input().payerClaims())), sum(lines.stream().map(OfferFile.Line::payersRecover)),
                sum(lines.stream().map(OfferFile.Line::net)));
        OfferFile.SettlementState state = settlements.findByOfferIdOrderByIdDesc(offer.getId()).stream().findFirst()
                .map(s -> settlementState(s, totals.net())).orElse(null);
        return new OfferFile(offer.getId(), offer.getVersion(), file.reference(), file.ownerName(), file.viewer(),
                input, lines, totals, offer.getStatus(), state, offer.getAggravationId());
    }

    private OfferFile.SettlementState settlementState(Settlement s, BigDecimal net) {
        LocalDate today = today();
        PenaltyEstimate late = null;
        if (s.standing()) {
            LocalDate end = s.getPaidOn() != null ? s.getPaidOn() : today;
            if (end.isAfter(s.getPaymentDueOn())) {
                late = penalties.latePayment(net, s.getPaymentDueOn(), end);
            }
        }
        return new OfferFile.SettlementState(s.getConcludedOn(), s.getWithdrawalEndsOn(), s.getPaymentDueOn(),
                s.getWithdrawnOn(), s.getPaidOn(), s.getPaidAmount(),
                ChronoUnit.DAYS.between(today, s.getWithdrawalEndsOn()), late);
    }

    private static BigDecimal sum(java.util.stream.Stream<BigDecimal> amounts) {
        return OfferMath.euros(amounts.reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
