package fr.victimportal.aggravation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fr.victimportal.aggravation.AggravationFixtures.worse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.Role;
import fr.victimportal.aggravation.domain.AggravationRecordRepository;
import fr.victimportal.aggravation.ui.AggravationView;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.offer.OfferFixtures;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Declaring an aggravation after settlement (L211-19, C. civ. 2226) on a fixed clock: when it is refused and why, what
 * is not an aggravation, who may read and who may declare, and the declaration on the real page. The settlement
 * comes from {@link AggravationFixtures#settled}: accepted Fri 4 Dec 2026, withdrawal period ending Mon 21 Dec 2026.
 */
class AggravationTest extends KaribuTest {

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private AggravationFixtures aggravationFixtures;

    @Autowired
    private Aggravations aggravations;

    @Autowired
    private AggravationRecordRepository records;

    private OfferFixtures.Victim settled(String name) {
        return aggravationFixtures.settled(name);
    }

    private void attach(String reference, String email, Role role) {
        aggravationFixtures.attach(reference, email, role);
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
