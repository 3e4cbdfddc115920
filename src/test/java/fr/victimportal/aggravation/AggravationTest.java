package fr.victimportal.aggravation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import fr.victimportal.aggravation.AggravationOverview.Stage;
import fr.victimportal.aggravation.domain.AggravationRecordRepository;
import fr.victimportal.aggravation.ui.AggravationView;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.ExaminationFacts;
import fr.victimportal.claim.SettlementFacts;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.expertise.NoticeInput;
import fr.victimportal.notification.domain.OutboxMailRepository;
import fr.victimportal.offer.OfferFile;
import fr.victimportal.offer.OfferFixtures;
import fr.victimportal.offer.OfferService;
import fr.victimportal.offer.OfferStatus;
import fr.victimportal.shared.UserInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Aggravation after settlement (L211-19, C. civ. 2226) on a fixed clock. Calendar checked by hand: Fri 4 Dec 2026 +
 * 15 days = Sat 19 Dec, so the withdrawal period ends Mon 21 Dec 2026 (CPC 641/642); 29 Feb 2028 + 10 years has no
 * 29 Feb, so the period's last day is 28 Feb 2038, a Sunday, which the legal clock keeps: a limitation is outside
 * R211-36, so CPC 642 does not move it (the prudent reading, docs/legal-notes.md).
 */
class AggravationTest extends KaribuTest {

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offers;

    @Autowired
    private Aggravations aggravations;

    @Autowired
    private AggravationRecordRepository records;

    @Autowired
    private Examinations examinations;

    @Autowired
    private ExaminationFacts examinationFacts;

    @Autowired
    private SettlementFacts settlementFacts;

    @Autowired
    private ClaimDeadlines deadlines;

    @Autowired
    private ClaimService claimService;

    @Autowired
    private OutboxMailRepository outbox;

    @Autowired
    private ClaimParticipantRepository participants;

    @Autowired
    private ClaimRepository claimRepository;

    @Autowired
    private PortalUserDetailsService users;

    private static AggravationInput worse(LocalDate since) {
        return new AggravationInput(
                AggravationNature.FUNCTIONAL,
                since,
                "Douleurs au genou plus fortes, nouvelle opération prévue, arrêt de travail.");
    }

    /** A victim whose definitive offer was accepted on Fri 4 Dec 2026 (withdrawal period ends Mon 21 Dec). */
    private OfferFixtures.Victim settled(String name) {
        today(2026, 12, 4, 10);
        var v = fixtures.victimWithOffer(name);
        fixtures.accept(v);
        return v;
    }

    private void attach(String reference, String email, Role role) {
        participants.save(new ClaimParticipant(
                claimRepository.findByReference(reference).orElseThrow().getId(),
                users.loadUserByUsername(email).id(),
                role,
                Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void beforeAnySettlementAndDuringTheWithdrawalPeriodTheDeclarationIsRefusedWithTheReason() {
        today(2026, 12, 4, 10);
        var v = fixtures.victim("Inès Robin");
        assertThatThrownBy(() -> claims.as(
                        v.email(), () -> aggravations.declare(v.reference(), worse(LocalDate.of(2026, 11, 1)))))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aggr.refusal.noSettlement"));

        fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads()));
        fixtures.accept(v);
        today(2026, 12, 21, 10); // the last day to withdraw: not final yet
        assertThatThrownBy(() -> claims.as(
                        v.email(), () -> aggravations.declare(v.reference(), worse(LocalDate.of(2026, 12, 10)))))
                .isInstanceOfSatisfying(UserInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("aggr.refusal.withdrawalRunning");
                    assertThat(e.arguments()).containsExactly("21/12/2026");
                });
        assertThat(records.findByClaimReferenceOrderBySequenceNoAsc(v.reference()))
                .isEmpty();

        openAs(v.email(), "dossier/" + v.reference() + "/aggravation");
        assertThat(page())
                .contains(
                        "Votre accord n’est pas encore définitif : vous pouvez le dénoncer jusqu’au 21/12/2026",
                        "Chaque aggravation a ses propres dix ans");
        assertThat(_find(Button.class, b -> b.withText("Déclarer l’aggravation")))
                .isEmpty();
    }

    @Test
    void afterTheSettlementIsFinalAnAggravationOpensANewCycleWithItsOwnExamOfferAndSettlement() {
        var v = settled("Lucas Garnier");
        String agent = claims.newUser(Role.AGENT, "Agent Aggravations");
        today(2027, 3, 1, 10);
        long id = claims.as(v.email(), () -> aggravations.declare(v.reference(), worse(LocalDate.of(2027, 2, 1))));
        // the agents' notice is written after the declaration's commit
        await().untilAsserted(() -> assertThat(outbox.findByRecipientAddressOrderByIdAsc(agent))
                .anySatisfy(m -> assertThat(m.getSubject())
                        .isEqualTo("Dossier " + v.reference() + " : aggravation n° 1 déclarée")));

        // the insurer's examination and offer now belong to the aggravation, not to the initial claim
        claims.as(
                agent,
                () -> examinations.record(
                        v.reference(),
                        new NoticeInput(
                                "Dr Paul Girard",
                                "Expert",
                                "Évaluer l’aggravation",
                                LocalDate.of(2027, 3, 30),
                                LocalTime.of(9, 0),
                                "Lyon",
                                "Assurances du Sud",
                                true,
                                LocalDate.of(2027, 3, 1))));
        assertThat(examinationFacts.latestExamination(v.reference()))
                .as("initial cycle has no exam")
                .isEmpty();
        assertThat(examinationFacts.latestExamination(v.reference(), id)).isPresent();
        assertThat(claims.as(v.email(), () -> examinations.latest(v.reference()))
                        .orElseThrow()
                        .notice()
                        .examDate())
                .isEqualTo(LocalDate.of(2027, 3, 30));

        today(2027, 5, 3, 10);
        claims.as(
                agent,
                () -> offers.record(
                        v.reference(), OfferFixtures.complete(LocalDate.of(2027, 5, 3), OfferFixtures.typicalHeads())));
        OfferFile aggravationOffer = fixtures.latest(v.email(), v.reference());
        assertThat(aggravationOffer.forAggravation()).isTrue();
        assertThat(aggravationOffer.status())
                .as("a new offer, not the accepted initial one")
                .isEqualTo(OfferStatus.RECORDED);
        var review = claims.as(v.email(), () -> offers.review(v.reference())).orElseThrow();
        assertThat(review.timeliness().aggravation()).isTrue();
        assertThat(review.timeliness().checked())
                .as("no L211-9 deadline invented for an aggravation")
                .isEmpty();

        fixtures.accept(v); // Mon 3 May 2027 + 15 = Tue 18 May 2027
        AggravationOverview.Item item = claims.as(v.email(), () -> aggravations.overview(v.reference()))
                .aggravations()
                .get(0);
        assertThat(item.stage()).isEqualTo(Stage.WITHDRAWAL_PERIOD);
        assertThat(item.settlement().withdrawalEndsOn()).isEqualTo(LocalDate.of(2027, 5, 18));
        assertThat(settlementFacts
                        .standingSettlement(v.reference())
                        .orElseThrow()
                        .concludedOn())
                .as("the initial claim keeps its own settlement")
                .isEqualTo(LocalDate.of(2026, 12, 4));

        today(2027, 5, 19, 10);
        assertThat(claims.as(v.email(), () -> aggravations.overview(v.reference()))
                        .aggravations()
                        .get(0)
                        .stage())
                .isEqualTo(Stage.SETTLED);
    }

    @Test
    void betterEquipmentAloneAFutureDateOrNoDescriptionIsRefusedAndNothingIsRecorded() {
        var v = settled("Nadia Chevalier");
        today(2027, 2, 1, 10);
        assertThatThrownBy(() -> claims.as(
                        v.email(),
                        () -> aggravations.declare(
                                v.reference(),
                                new AggravationInput(
                                        AggravationNature.EQUIPMENT_ONLY,
                                        LocalDate.of(2027, 1, 10),
                                        "Un nouveau fauteuil plus léger existe maintenant."))))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aggr.error.equipmentOnly"));
        assertThatThrownBy(() -> claims.as(
                        v.email(), () -> aggravations.declare(v.reference(), worse(LocalDate.of(2027, 2, 2)))))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aggr.error.worseSinceFuture"));
        assertThatThrownBy(() -> claims.as(
                        v.email(),
                        () -> aggravations.declare(
                                v.reference(),
                                new AggravationInput(AggravationNature.BOTH, LocalDate.of(2027, 1, 10), "  pire  "))))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aggr.error.description"));
        assertThat(records.findByClaimReferenceOrderBySequenceNoAsc(v.reference()))
                .isEmpty();
    }

    @Test
    void anAggravationConsolidatedOn29FebruaryEndsItsTenYearsOn28FebruaryEvenASunday() {
        var v = settled("Théo Marchand");
        today(2027, 6, 1, 10);
        long id = claims.as(v.email(), () -> aggravations.declare(v.reference(), worse(LocalDate.of(2027, 5, 2))));
        today(2028, 3, 10, 10);
        assertThatThrownBy(() -> claims.as(v.email(), () -> {
                    aggravations.recordConsolidation(v.reference(), id, LocalDate.of(2028, 3, 11));
                    return 0;
                }))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aggr.error.consolidationDate"));
        claims.as(v.email(), () -> {
            aggravations.recordConsolidation(v.reference(), id, LocalDate.of(2028, 2, 29));
            return 0;
        });

        AggravationOverview.Item item = claims.as(v.email(), () -> aggravations.overview(v.reference()))
                .aggravations()
                .get(0);
        assertThat(item.limitation().code()).isEqualTo(DeadlineCode.AGGRAVATION_LIMITATION);
        assertThat(item.limitation().dueDate()).isEqualTo(LIMITATION_29_FEB_2028);
        assertThat(item.limitation().shifted())
                .as("28 Feb 2038 is a Sunday, not moved")
                .isFalse();
        assertThat(item.limitation().nominalDate()).isEqualTo(LIMITATION_29_FEB_2028);
        // the claim's own legal clock (dashboard, reminders) carries it too
        var schedule = claims.as(
                v.email(), () -> deadlines.deadlinesOf(claimService.open(v.reference()), LocalDate.of(2028, 3, 10)));
        assertThat(schedule).anySatisfy(d -> {
            assertThat(d.deadline().code()).isEqualTo(DeadlineCode.AGGRAVATION_LIMITATION);
            assertThat(d.deadline().dueDate()).isEqualTo(LIMITATION_29_FEB_2028);
        });
        // the aggravation page gives that Sunday as the last day and says it is the prudent reading
        openAs(v.email(), "dossier/" + v.reference() + "/aggravation");
        assertThat(page())
                .contains("28 février 2038", "Lecture prudente retenue", "rien ne permet d’y compter")
                .doesNotContain("1 mars 2038");
    }

    /** 29 Feb 2028 + 10 years = 28 Feb 2038 (no 29th), a Sunday, kept (before the legal review: Mon 1 Mar 2038). */
    private static final LocalDate LIMITATION_29_FEB_2028 = LocalDate.of(2038, 2, 28);

    @Test
    void twoAggravationsInSequenceEachWithItsOwnTenYears() {
        var v = settled("Manon Lefort");
        String agent = claims.newUser(Role.AGENT, "Agent Séquence");
        today(2027, 3, 1, 10);
        long first = claims.as(v.email(), () -> aggravations.declare(v.reference(), worse(LocalDate.of(2027, 2, 1))));
        assertThatThrownBy(() -> claims.as(
                        v.email(), () -> aggravations.declare(v.reference(), worse(LocalDate.of(2027, 2, 20)))))
                .as("a double click or a second tab: the first aggravation is still open")
                .isInstanceOfSatisfying(UserInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("aggr.refusal.previousOpen");
                    assertThat(e.arguments()).containsExactly(1);
                });
        today(2027, 5, 3, 10);
        claims.as(agent, () -> {
            aggravations.recordConsolidation(v.reference(), first, LocalDate.of(2027, 4, 15));
            return 0;
        });
        claims.as(
                agent,
                () -> offers.record(
                        v.reference(), OfferFixtures.complete(LocalDate.of(2027, 5, 3), OfferFixtures.typicalHeads())));
        fixtures.accept(v);

        today(2030, 9, 2, 10);
        long second = claims.as(
                v.email(),
                () -> aggravations.declare(
                        v.reference(),
                        new AggravationInput(
                                AggravationNature.SITUATIONAL,
                                LocalDate.of(2030, 6, 1),
                                "J’ai perdu mon emploi à cause du genou.")));
        claims.as(v.email(), () -> {
            aggravations.recordConsolidation(v.reference(), second, LocalDate.of(2030, 8, 30));
            return 0;
        });
        var overview = claims.as(v.email(), () -> aggravations.overview(v.reference()));
        assertThat(overview.aggravations())
                .extracting(AggravationOverview.Item::number)
                .containsExactly(1, 2);
        assertThat(overview.aggravations().get(0).stage()).isEqualTo(Stage.SETTLED);
        assertThat(overview.aggravations().get(0).limitation().dueDate()).isEqualTo(LocalDate.of(2037, 4, 15));
        assertThat(overview.aggravations().get(1).stage()).isEqualTo(Stage.DECLARED);
        assertThat(overview.aggravations().get(1).limitation().dueDate()).isEqualTo(LocalDate.of(2040, 8, 30));
        assertThat(overview.aggravations().get(1).offer())
                .as("the second cycle starts with no offer")
                .isNull();
        assertThat(claims.as(v.email(), () -> offers.latest(v.reference()))).isEmpty();
    }

    @Test
    void everyRoleSeesWhatItMayAndOnlyTheVictimDeclares() {
        var v = settled("Rose Aubert");
        String helper = fixtures.helperOf(v);
        String agent = claims.newUser(Role.AGENT, "Agent Rôles");
        String doctor = claims.newUser(Role.DOCTOR, "Dr Élise Vidal");
        attach(v.reference(), doctor, Role.DOCTOR);
        String expert = claims.newUser(Role.EXPERT, "Dr Jean Brun");
        attach(v.reference(), expert, Role.EXPERT);
        String stranger = claims.newUser(Role.VICTIM, "Autre Victime");
        today(2027, 3, 1, 10);

        for (String reader : new String[] {v.email(), helper, agent, doctor, expert}) {
            assertThat(claims.as(reader, () -> aggravations.overview(v.reference()))
                            .claim()
                            .reference())
                    .isEqualTo(v.reference());
        }
        for (String notOwner : new String[] {helper, agent, doctor, expert}) {
            assertThat(claims.as(notOwner, () -> aggravations.overview(v.reference()))
                            .declareRefusal()
                            .messageKey())
                    .isEqualTo("aggr.refusal.ownerOnly");
            assertThatThrownBy(() -> claims.as(
                            notOwner, () -> aggravations.declare(v.reference(), worse(LocalDate.of(2027, 2, 1)))))
                    .as(notOwner)
                    .isInstanceOf(UserInputException.class);
        }
        assertThatThrownBy(() -> claims.as(stranger, () -> aggravations.overview(v.reference())))
                .isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() ->
                        claims.as(stranger, () -> aggravations.declare(v.reference(), worse(LocalDate.of(2027, 2, 1)))))
                .isInstanceOf(ClaimNotFoundException.class);
        assertThat(records.findByClaimReferenceOrderBySequenceNoAsc(v.reference()))
                .isEmpty();

        long id = claims.as(v.email(), () -> aggravations.declare(v.reference(), worse(LocalDate.of(2027, 2, 1))));
        for (String noConsolidation : new String[] {helper, doctor, expert}) {
            assertThatThrownBy(() -> claims.as(noConsolidation, () -> {
                        aggravations.recordConsolidation(v.reference(), id, LocalDate.of(2027, 2, 20));
                        return 0;
                    }))
                    .as(noConsolidation)
                    .isInstanceOfSatisfying(
                            UserInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("aggr.error.consolidationNotAllowed"));
        }
        assertThatThrownBy(() -> claims.as(v.email(), () -> {
                    aggravations.recordQuestionnairePresented(v.reference(), id, LocalDate.of(2027, 3, 1));
                    return 0;
                }))
                .isInstanceOf(UserInputException.class);
        claims.as(agent, () -> {
            aggravations.recordQuestionnairePresented(v.reference(), id, LocalDate.of(2027, 3, 1));
            return 0;
        });
        claims.as(v.email(), () -> {
            aggravations.recordQuestionnaireAnswered(v.reference(), id, LocalDate.of(2027, 3, 1));
            return 0;
        });
        assertThat(claims.as(doctor, () -> aggravations.overview(v.reference()))
                        .aggravations()
                        .get(0)
                        .questionnaireAnsweredOn())
                .isEqualTo(LocalDate.of(2027, 3, 1));

        // another victim's claim id typed in the URL: the not-found page, nothing of the claim
        openAs(stranger, "dossier/" + v.reference() + "/aggravation");
        assertThat(_find(AggravationView.class)).isEmpty();
    }

    @Test
    void theVictimDeclaresOnThePageAndSeesTheAggravationListedWithItsSteps() {
        var v = settled("Paul Besson");
        today(2027, 3, 1, 10);
        openAs(v.email(), "dossier/" + v.reference() + "/aggravation");
        assertThat(page())
                .contains(
                        "Accord conclu le 4 décembre 2026 avec Assurances du Sud, définitif depuis le 22 décembre 2026",
                        "La loi ne dit pas clairement si l’assureur doit faire son offre dans les délais de l’article L211-9",
                        "n’est pas une aggravation",
                        "Votre déclaration est adressée à Assurances du Sud");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<AggravationNature> nature = _get(RadioButtonGroup.class);
        DatePicker since = _get(DatePicker.class, s -> s.withLabel("Depuis quand ?"));
        TextArea description = _get(TextArea.class);
        nature.setValue(AggravationNature.EQUIPMENT_ONLY);
        since.setValue(LocalDate.of(2027, 2, 10));
        description.setValue("Un fauteuil plus léger existe.");
        _click(_get(Button.class, b -> b.withText("Déclarer l’aggravation")));
        assertThat(page()).contains("n’est pas une aggravation pour la loi", "Rien n’a été envoyé");
        assertThat(records.findByClaimReferenceOrderBySequenceNoAsc(v.reference()))
                .isEmpty();

        nature.setValue(AggravationNature.FUNCTIONAL);
        description.setValue("Le genou se bloque, nouvelle opération le mois prochain.");
        _click(_get(Button.class, b -> b.withText("Déclarer l’aggravation")));
        assertThat(records.findByClaimReferenceOrderBySequenceNoAsc(v.reference()))
                .hasSize(1);
        assertThat(page())
                .contains(
                        "Aggravation n° 1, déclarée le 1 mars 2027",
                        "Depuis le 10 février 2027",
                        "Déclarée, en attente de l’assureur",
                        "Examen médical : pas encore de convocation",
                        "Aggravation n° 1 : ses dix ans commenceront à la consolidation",
                        "L’aggravation n° 1 n’est pas encore réglée");
        assertThat(_find(Button.class, b -> b.withText("Déclarer l’aggravation")))
                .isEmpty();
    }
}
