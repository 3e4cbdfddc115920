package fr.victimportal.claim.demo;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimDeath;
import fr.victimportal.claim.domain.ClaimDeathRepository;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.domain.Claimant;
import fr.victimportal.claim.domain.ClaimantAnswersRepository;
import fr.victimportal.claim.domain.ClaimantAnswersRow;
import fr.victimportal.claim.domain.ClaimantRepository;
import fr.victimportal.claim.events.ClaimSubmitted;
import fr.victimportal.claim.model.AccidentDetails;
import fr.victimportal.claim.model.ClaimantAnswersData;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.ProcedureFacts;
import fr.victimportal.claim.model.SituationDetails;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.insurer.DemoInsurers;
import fr.victimportal.insurer.Insurers;
import fr.victimportal.shared.PortalProperties;
import fr.victimportal.shared.Tokens;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode only, on first start: the fatal accident of {@link DemoFatalStory} (issue 24), submitted to the South
 * demo insurer, the death recorded by its demo agent, the two heirs joined (Claire, and Hugo through his
 * representative's account) and Claire's R211-38 answers filled. The deceased's account is closed to sign-in, as a
 * recorded death does. Nothing runs outside the demo profile (the portal refuses the demo on a public address).
 */
@Component
@Order(46)
class DemoFatalClaim implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFatalClaim.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final boolean enabled;
    private final AccountService accounts;
    private final ClaimRepository claims;
    private final ClaimDeathRepository deaths;
    private final ClaimantRepository claimants;
    private final ClaimantAnswersRepository answers;
    private final ClaimParticipantRepository participants;
    private final Insurers insurers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoFatalClaim(
            PortalProperties properties,
            AccountService accounts,
            ClaimRepository claims,
            ClaimDeathRepository deaths,
            ClaimantRepository claimants,
            ClaimantAnswersRepository answers,
            ClaimParticipantRepository participants,
            Insurers insurers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.enabled = properties.demo().enabled();
        this.accounts = accounts;
        this.claims = claims;
        this.deaths = deaths;
        this.claimants = claimants;
        this.answers = answers;
        this.participants = participants;
        this.insurers = insurers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || claims.findByReference(DemoFatalStory.CLAIM).isPresent()) {
            return;
        }
        Long spouse = accounts.idOf(DemoFatalStory.SPOUSE).orElse(null);
        Long representative = accounts.idOf(DemoFatalStory.MINOR_REPRESENTATIVE).orElse(null);
        Long agent = accounts.idOf("agent@demo.victim-portal.fr").orElse(null);
        if (spouse == null || representative == null || agent == null) {
            return;
        }
        long owner = accounts.idOf(DemoFatalStory.VICTIM)
                .orElseGet(() -> accounts.create(
                        DemoFatalStory.VICTIM, Tokens.newToken(), "Daniel Moreau", Role.VICTIM, Locale.FRENCH));
        LocalDate today = LocalDate.now(clock);
        LocalDate accident = DemoFatalStory.accident(today);
        LocalDate died = DemoFatalStory.death(today);
        Claim claim = new Claim(DemoFatalStory.CLAIM, owner, at(accident.plusDays(2), 19));
        claim.apply(new AccidentDetails(
                accident,
                LocalTime.of(22, 5),
                false,
                "Toulouse",
                "31",
                null,
                "Passager d’une voiture percutée par une camionnette qui a franchi le terre-plein central, rocade"
                        + " ouest.",
                VictimRole.PASSENGER,
                "PV 2026/402-31"));
        claim.apply(new SituationDetails(LocalDate.of(1979, 2, 14), false, null, null, null, null, false));
        claim.replaceVehicles(List.of(new VehicleDetails(
                "Camionnette blanche", "KL-789-MN", "Assurances du Sud (fictif)", "C-445566", false)));
        claim.apply(new ProcedureDates(accident.plusDays(2), null, null, null));
        claim.apply(new ProcedureFacts(accident.plusDays(2), false, false, false, died, false));
        claim.submit(at(accident.plusDays(2), 20));
        insurers.byIdentifier(DemoInsurers.SOUTH).ifPresent(i -> {
            claim.handling().addressTo(i.id());
            claim.handling().acted(claim.getSubmittedAt());
        });
        claims.saveAndFlush(claim);
        Instant recorded = at(died.plusDays(3), 11);
        deaths.save(new ClaimDeath(claim.getId(), died, YesNoUnknown.YES, null, agent, recorded));

        Instant joined = at(died.plusDays(5), 18);
        Claimant claire = heir(claim, spouse, "Claire Moreau", DemoFatalStory.SPOUSE, KinLink.SPOUSE, null, agent);
        heir(
                claim,
                representative,
                "Hugo Moreau",
                DemoFatalStory.MINOR_REPRESENTATIVE,
                KinLink.CHILD,
                "Claire Moreau",
                agent);
        ClaimantAnswersRow filled = new ClaimantAnswersRow(claire.getId());
        filled.apply(
                new ClaimantAnswersData(
                        LocalDate.of(1981, 6, 23),
                        "Albi (81)",
                        "Aide-soignante",
                        "Clinique des Minimes (fictif), Toulouse",
                        new BigDecimal("1720.00"),
                        new BigDecimal("2350.00"),
                        1,
                        "12",
                        new BigDecimal("4860.00"),
                        "Claire Moreau",
                        new BigDecimal("320.00"),
                        "Déplacements à l’hôpital de Purpan pendant six semaines",
                        "CPAM de la Haute-Garonne",
                        "Mutuelle des Hospitaliers (fictif)",
                        "8 rue des Filatiers\n31000 Toulouse"),
                joined.plusSeconds(3600));
        answers.save(filled);
        // as if submitted through the wizard: the reminders and the legal clock (R211-30) follow from this event
        events.publishEvent(new ClaimSubmitted(claim.getReference(), owner, accident.plusDays(2)));
        accounts.close(owner, "deceased:" + claim.getReference());
        log.info("Demo mode: fatal-accident claim {} created with two heirs", claim.getReference());
    }

    private Claimant heir(
            Claim claim, long account, String name, String email, KinLink link, String representative, long agent) {
        Instant invited = at(DemoFatalStory.death(LocalDate.now(clock)).plusDays(4), 10);
        Claimant c = new Claimant(
                claim.getId(),
                account,
                name,
                email,
                link,
                true,
                representative != null,
                representative,
                null,
                null,
                agent,
                invited);
        c.joined(invited.plusSeconds(8 * 3600));
        claimants.save(c);
        participants.save(new ClaimParticipant(claim.getId(), account, Role.RELATIVE, invited.plusSeconds(8 * 3600)));
        return c;
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(PARIS).toInstant();
    }
}
