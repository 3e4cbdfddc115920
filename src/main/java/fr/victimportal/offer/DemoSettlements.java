package fr.victimportal.offer;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.DemoAccounts;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.demo.DemoStory;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.EventType;
import fr.victimportal.offer.domain.Offer;
import fr.victimportal.offer.domain.OfferRepository;
import fr.victimportal.offer.domain.Settlement;
import fr.victimportal.offer.domain.SettlementPayment;
import fr.victimportal.offer.domain.SettlementPaymentRepository;
import fr.victimportal.offer.domain.SettlementRepository;
import fr.victimportal.shared.PortalProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, the two settlements of the second demo story ({@link DemoStory}): the initial claim's definitive offer,
 * accepted and paid, and the aggravation's offer, accepted and paid. Withdrawal and payment dates come from the legal
 * clock.
 */
@Component
@Order(40)
class DemoSettlements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSettlements.class);

    private final AccountService accounts;
    private final OfferRepository offers;
    private final SettlementRepository settlements;
    private SettlementPaymentRepository payments;

    @Autowired
    void payments(SettlementPaymentRepository payments) {
        this.payments = payments;
    }

    private final ClaimDeadlines deadlines;
    private final Clock clock;
    private final boolean enabled;
    private final DeadlineEngine engine = new DeadlineEngine();

    DemoSettlements(
            AccountService accounts,
            OfferRepository offers,
            SettlementRepository settlements,
            ClaimDeadlines deadlines,
            Clock clock,
            PortalProperties properties) {
        this.accounts = accounts;
        this.offers = offers;
        this.settlements = settlements;
        this.deadlines = deadlines;
        this.clock = clock;
        this.enabled = properties.demo().enabled();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String ref = DemoAccounts.AGGRAVATION_CLAIM;
        Long victim = accounts.idOf(DemoAccounts.AGGRAVATION_VICTIM).orElse(null);
        Long agent = accounts.idOf("agent@demo.victim-portal.fr").orElse(null);
        if (!enabled
                || victim == null
                || agent == null
                || offers.findFirstByClaimReferenceOrderByIdDesc(ref).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        settle(
                ref,
                null,
                offer(
                        DemoStory.firstOffer(today),
                        List.of(
                                HeadLine.of(DintilhacHead.DSA, "2840.00").withPayer("2840.00", "CPAM du Rhône", false),
                                HeadLine.of(DintilhacHead.PGPA, "6400.00").withPayer("4100.00", "CPAM du Rhône", false),
                                HeadLine.of(DintilhacHead.DFT, "3960.00").withDays(180),
                                HeadLine.of(DintilhacHead.SE, "8000.00").withGrade("3.5"),
                                HeadLine.of(DintilhacHead.DFP, "14500.00"),
                                HeadLine.of(DintilhacHead.PE, "2500.00").withGrade("2"))),
                DemoStory.firstAcceptance(today),
                victim,
                agent);
        deadlines
                .cycles()
                .currentCycle(ref)
                .ifPresent(cycle -> settle(
                        ref,
                        cycle,
                        offer(
                                DemoStory.secondOffer(today),
                                List.of(
                                        HeadLine.of(DintilhacHead.DSA, "3120.00")
                                                .withPayer("3120.00", "CPAM du Rhône", false),
                                        HeadLine.of(DintilhacHead.PGPA, "5200.00")
                                                .withPayer("3900.00", "CPAM du Rhône", false),
                                        HeadLine.of(DintilhacHead.DFT, "2200.00")
                                                .withDays(100),
                                        HeadLine.of(DintilhacHead.SE, "4000.00").withGrade("3"),
                                        HeadLine.of(DintilhacHead.DFP, "6000.00"))),
                        DemoStory.secondAcceptance(today),
                        victim,
                        agent));
        log.info("Demo mode: claim {} settled, and its aggravation settled too", ref);
    }

    private static OfferInput offer(LocalDate receivedOn, List<HeadLine> heads) {
        return new OfferInput(
                receivedOn,
                OfferKind.DEFINITIVE,
                DemoStory.INSURER,
                "40 rue de la Bourse\n69002 Lyon",
                "SIN-2022-7741",
                true,
                true,
                PropertyDamage.ALREADY_SETTLED,
                false,
                false,
                heads);
    }

    private void settle(
            String ref, Long aggravationId, OfferInput input, LocalDate acceptedOn, long victim, long agent) {
        Offer offer = new Offer(
                ref,
                input,
                agent,
                input.receivedOn()
                        .atTime(11, 0)
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toInstant());
        offer.belongsTo(aggravationId);
        offer.decide(
                OfferStatus.ACCEPTED,
                acceptedOn.atTime(20, 0).atZone(ZoneId.of("Europe/Paris")).toInstant());
        offers.saveAndFlush(offer);
        List<Deadline> settlementClock = engine.forEvent(EventType.SETTLEMENT, acceptedOn);
        LocalDate withdrawalEnds = due(settlementClock, DeadlineCode.WITHDRAWAL);
        LocalDate paymentDue = due(settlementClock, DeadlineCode.PAYMENT);
        Settlement s = Settlement.concluded(
                offer.getId(),
                ref,
                aggravationId,
                acceptedOn,
                victim,
                acceptedOn.atTime(20, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(),
                false);
        s.startClocks(withdrawalEnds, paymentDue);
        BigDecimal net =
                OfferMath.euros(input.heads().stream().map(OfferMath::net).reduce(BigDecimal.ZERO, BigDecimal::add));
        s.paid(paymentDue.minusDays(6), net, agent);
        settlements.saveAndFlush(s);
        payments.saveAndFlush(new SettlementPayment(
                s.getId(),
                paymentDue.minusDays(6),
                net,
                agent,
                paymentDue
                        .minusDays(6)
                        .atTime(10, 0)
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toInstant()));
    }

    private static LocalDate due(List<Deadline> deadlines, DeadlineCode code) {
        return deadlines.stream()
                .filter(d -> d.code() == code)
                .findFirst()
                .orElseThrow()
                .dueDate();
    }
}
