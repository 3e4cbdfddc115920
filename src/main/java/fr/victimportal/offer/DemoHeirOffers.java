package fr.victimportal.offer;

import fr.victimportal.account.AccountService;
import fr.victimportal.claim.ClaimClaimants;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.demo.DemoFatalStory;
import fr.victimportal.offer.domain.Offer;
import fr.victimportal.offer.domain.OfferRepository;
import fr.victimportal.shared.PortalProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, the South insurer's offer to each heir of the fatal demo story ({@link DemoFatalStory}), received three
 * days ago and not yet decided: to Claire (funeral costs, her lost income, affection harm) and to Hugo, a minor, whose
 * letter says the judge must authorise the settlement (L211-15). Fictitious figures.
 */
@Component
@Order(47)
class DemoHeirOffers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHeirOffers.class);

    private final AccountService accounts;
    private final OfferRepository offers;
    private final ClaimClaimants claimants;
    private final Clock clock;
    private final boolean enabled;

    DemoHeirOffers(
            AccountService accounts,
            OfferRepository offers,
            ClaimClaimants claimants,
            Clock clock,
            PortalProperties properties) {
        this.accounts = accounts;
        this.offers = offers;
        this.claimants = claimants;
        this.clock = clock;
        this.enabled = properties.demo().enabled();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String ref = DemoFatalStory.CLAIM;
        Long agent = accounts.idOf("agent@demo.victim-portal.fr").orElse(null);
        List<ClaimClaimants.Party> heirs = claimants.active(ref);
        if (!enabled
                || agent == null
                || heirs.isEmpty()
                || !offers.firstOffersToClaimants(ref).isEmpty()) {
            return;
        }
        LocalDate received = LocalDate.now(clock).minusDays(3);
        for (ClaimClaimants.Party heir : heirs) {
            List<HeadLine> heads = heir.minor()
                    ? List.of(HeadLine.of(DintilhacHead.PAF, "25000.00"))
                    : List.of(
                            HeadLine.of(DintilhacHead.FO, "4860.00"),
                            HeadLine.of(DintilhacHead.PRP, "52400.00"),
                            HeadLine.of(DintilhacHead.PAF, "30000.00"));
            Offer offer = new Offer(ref, letter(received, heir.minor(), heads), agent, clock.instant());
            offer.madeTo(heir.id());
            offers.save(offer);
        }
        log.info("Demo mode: an offer to each of the {} heirs of claim {}", heirs.size(), ref);
    }

    private static OfferInput letter(LocalDate receivedOn, boolean minor, List<HeadLine> heads) {
        return new OfferInput(
                receivedOn,
                OfferKind.DEFINITIVE,
                "Assurances du Sud (fictif)",
                "12 rue du Port\n33000 Bordeaux",
                "SIN-DECES-0007",
                true,
                true,
                PropertyDamage.NONE,
                minor,
                false,
                heads);
    }
}
