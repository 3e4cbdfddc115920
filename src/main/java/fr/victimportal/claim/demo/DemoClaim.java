package fr.victimportal.claim.demo;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.DemoAccounts;
import fr.victimportal.account.Role;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.domain.InjuryQuestionnaire;
import fr.victimportal.claim.domain.InjuryQuestionnaireRepository;
import fr.victimportal.claim.events.ClaimSubmitted;
import fr.victimportal.claim.model.AccidentDetails;
import fr.victimportal.claim.model.PlannedDocument;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.QuestionnaireAnswers;
import fr.victimportal.claim.model.SituationDetails;
import fr.victimportal.claim.model.SocialSecurityScheme;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.insurer.DemoInsurers;
import fr.victimportal.insurer.Insurers;
import fr.victimportal.shared.PortalProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, the demo victim gets one submitted claim on first start, dated relative to that day, so a newcomer
 * sees a dashboard with running deadlines and an agent can find it. The story is fictitious.
 */
@Component
@Order(20)
class DemoClaim implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClaim.class);

    private final AccountService accounts;
    private final ClaimRepository claims;
    private final ApplicationEventPublisher events;
    private final ClaimParticipantRepository participants;
    private final InjuryQuestionnaireRepository questionnaires;
    private final Clock clock;
    private final Insurers insurers;
    private final boolean enabled;

    DemoClaim(
            AccountService accounts,
            ClaimRepository claims,
            ClaimParticipantRepository participants,
            ApplicationEventPublisher events,
            Clock clock,
            PortalProperties properties,
            InjuryQuestionnaireRepository questionnaires,
            Insurers insurers) {
        this.questionnaires = questionnaires;
        this.insurers = insurers;
        this.accounts = accounts;
        this.claims = claims;
        this.participants = participants;
        this.events = events;
        this.clock = clock;
        this.enabled = properties.demo().enabled();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        String email = DemoAccounts.ACCOUNTS.stream()
                .filter(a -> a.role() == Role.VICTIM)
                .findFirst()
                .orElseThrow()
                .email();
        settledClaim();
        Long owner = accounts.idOf(email).orElse(null);
        if (owner == null || !claims.findByOwnerIdOrderByCreatedAtDesc(owner).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate accident = today.minusWeeks(7);
        Claim claim = new Claim(
                "VP-DEMO-" + (1000 + today.getDayOfYear()),
                owner,
                accident.plusDays(5)
                        .atTime(20, 15)
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toInstant());
        claim.apply(new AccidentDetails(
                accident,
                LocalTime.of(17, 40),
                false,
                "Bordeaux",
                "33",
                null,
                "Renversée par une voiture en traversant sur un passage piéton, cours de la Marne.",
                VictimRole.PEDESTRIAN,
                "PV 2026/118-33"));
        claim.apply(new SituationDetails(LocalDate.of(1984, 5, 12), false, null, null, null, null, false));
        claim.replaceVehicles(List.of(
                new VehicleDetails("Voiture grise", "AB-123-CD", "Assurances du Sud (fictif)", "C-778899", false)));
        claim.apply(new ProcedureDates(accident.plusDays(3), today.minusDays(9), null, null));
        claim.submit(accident.plusDays(5)
                .atTime(20, 30)
                .atZone(ZoneId.of("Europe/Paris"))
                .toInstant());
        handledBy(claim, DemoInsurers.SOUTH);
        claims.saveAndFlush(claim);
        // the demo doctor and examining doctor take part, so the victim can share documents with them; the caseworker
        // comes in through a signed mandate (the mandate module's demo)
        DemoAccounts.ACCOUNTS.stream()
                .filter(a -> a.role() == Role.DOCTOR || a.role() == Role.EXPERT)
                .forEach(a -> accounts.idOf(a.email())
                        .ifPresent(id -> participants.save(
                                new ClaimParticipant(claim.getId(), id, a.role(), claim.getSubmittedAt()))));
        // as if submitted through the wizard: reminders are planned from this event
        events.publishEvent(new ClaimSubmitted(claim.getReference(), owner, accident.plusDays(5)));
        log.info("Demo mode: claim {} created for the demo victim", claim.getReference());
    }

    /**
     * The second demo victim: an accident four years ago, consolidated a year later; the settlement, the aggravation
     * and its own settlement are added by the aggravation module's demo ({@code DemoAggravation}).
     */
    private void settledClaim() {
        Long owner = accounts.idOf(DemoAccounts.AGGRAVATION_VICTIM).orElse(null);
        if (owner == null
                || claims.findByReference(DemoAccounts.AGGRAVATION_CLAIM).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate accident = DemoStory.accident(today);
        Claim claim = new Claim(
                DemoAccounts.AGGRAVATION_CLAIM,
                owner,
                accident.plusDays(9)
                        .atTime(18, 0)
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toInstant());
        claim.apply(new AccidentDetails(
                accident,
                LocalTime.of(8, 10),
                false,
                "Lyon",
                "69",
                null,
                "Renversé à vélo par une camionnette qui n’a pas respecté un feu rouge, avenue Berthelot.",
                VictimRole.CYCLIST,
                "PV 2022/774-69"));
        claim.apply(new SituationDetails(LocalDate.of(1979, 9, 3), false, null, null, null, null, false));
        claim.replaceVehicles(
                List.of(new VehicleDetails("Camionnette blanche", "FG-456-HJ", DemoStory.INSURER, "C-112233", false)));
        claim.apply(new ProcedureDates(
                accident.plusDays(4),
                accident.plusDays(40),
                DemoStory.consolidation(today),
                DemoStory.consolidation(today).plusDays(10)));
        claim.submit(accident.plusDays(9)
                .atTime(18, 30)
                .atZone(ZoneId.of("Europe/Paris"))
                .toInstant());
        handledBy(claim, DemoInsurers.RHONE);
        claims.saveAndFlush(claim);
        InjuryQuestionnaire answers = new InjuryQuestionnaire(claim.getId());
        answers.apply(
                new QuestionnaireAnswers(
                        "Louis Moreau",
                        "Villeurbanne (69)",
                        "Technicien de maintenance",
                        "Transports Lyonnais (fictif)",
                        new BigDecimal("2150.00"),
                        "Fracture du plateau tibial droit, entorse du poignet gauche.",
                        2,
                        SocialSecurityScheme.GENERAL,
                        "CPAM du Rhône",
                        null,
                        "CPAM du Rhône",
                        "12 rue Paul-Bert\n69003 Lyon",
                        Set.of(PlannedDocument.INITIAL_MEDICAL_CERTIFICATE, PlannedDocument.CONSOLIDATION_CERTIFICATE),
                        null),
                false,
                accident.plusDays(60),
                accident.plusDays(60)
                        .atTime(21, 0)
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toInstant());
        answers.sentOn(accident.plusDays(60)); // sent to the insurer the day it was filled in
        questionnaires.saveAndFlush(answers);
        DemoAccounts.ACCOUNTS.stream()
                .filter(a -> a.role() == Role.DOCTOR || a.role() == Role.EXPERT)
                .forEach(a -> accounts.idOf(a.email())
                        .ifPresent(id -> participants.save(
                                new ClaimParticipant(claim.getId(), id, a.role(), claim.getSubmittedAt()))));
        log.info("Demo mode: settled claim {} created for {}", claim.getReference(), DemoAccounts.AGGRAVATION_VICTIM);
    }

    /** The demo list's insurer handles the claim, and has acted on it since it was sent. */
    private void handledBy(Claim claim, String identifier) {
        insurers.byIdentifier(identifier).ifPresent(i -> {
            claim.handling().addressTo(i.id());
            claim.handling().acted(claim.getSubmittedAt());
        });
    }
}
