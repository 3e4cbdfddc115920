package fr.victimportal.offer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.offer.ui.OfferView;
import fr.victimportal.shared.ui.NotFoundView;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The offer page as the victim, the helper and the agent see it, and the dashboard's countdown. */
class OfferViewTest extends KaribuTest {

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offers;

    @Test
    void theVictimReadsTheReviewConfirmsWithTheWithdrawalRightAndSeesTheCountdown() {
        today(2026, 12, 4, 11);
        var v = fixtures.victim("Julie Perrin");
        OfferInput c = OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads());
        fixtures.record(
                v,
                new OfferInput(
                        c.receivedOn(),
                        c.kind(),
                        c.insurerName(),
                        c.insurerAddress(),
                        c.insurerReference(),
                        c.withdrawalRightConspicuous(),
                        false,
                        PropertyDamage.NOT_MENTIONED,
                        false,
                        false,
                        c.heads()));

        openAs(v.email(), "dossier/" + v.reference() + "/offre");
        assertThat(page())
                .contains(
                        "Cette offre vous verse 15 350,00 € net, pour 5 postes de préjudice",
                        "référé-provision",
                        "Aucun délai ne vous est imposé pour accepter",
                        "Les décomptes des tiers payeurs ne sont pas joints.",
                        "Les dommages matériels non encore réglés ne sont pas traités",
                        "en dessous de la fourchette indicative",
                        "aucun barème n’est chargé",
                        "portal.offer.benchmarks-file")
                .doesNotContain("manifestement insuffisante offre");
        assertThat(StaticCards.elements("li.missing")).hasSize(2);

        _click(_get(Button.class, b -> b.withText("J’accepte l’offre")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getTextRecursively()
                        + ConfirmDialogKt._getText(dialog)
                        + dialog.getChildren()
                                .map(ch -> ch.getElement().getTextRecursively())
                                .reduce("", String::concat))
                .contains("vous avez 15 jours pour changer d’avis", "n’envoie rien à l’assureur");
        assertThat(_get(
                                DatePicker.class,
                                d -> d.withLabel(
                                        "Date à laquelle vous avez signé la transaction (ou envoyé votre acceptation)"))
                        .getValue())
                .isEqualTo(LocalDate.of(2026, 12, 4));
        ConfirmDialogKt._fireConfirm(dialog);

        // Fri 4 Dec + 15 days = Sat 19 Dec -> Mon 21 Dec (CPC 642): 17 days left.
        assertThat(StaticCards.only("p.withdrawal-countdown"))
                .isEqualTo("Vous pouvez dénoncer la transaction (revenir sur votre accord) jusqu’au 21 décembre 2026 "
                        + "inclus : encore 17 jours.");
        assertThat(page()).contains("L’assureur doit payer au plus tard le 21 janvier 2027");

        UI.getCurrent().navigate("dossier/" + v.reference());
        assertThat(StaticCards.texts("li.deadline").stream()
                        .filter(t -> t.startsWith("Changer d’avis après avoir accepté"))
                        .findFirst()
                        .orElseThrow())
                .contains("au plus tard le 21 décembre 2026", "encore 17 jours", "L211-16");

        UI.getCurrent().navigate("dossier/" + v.reference() + "/offre");
        assertThat(page()).contains("Le portail prépare votre lettre mais ne l’envoie pas");
        HasValueUtilsKt._setValue(
                _get(TextField.class, t -> t.withLabel("Lieu où vous signez la lettre (ville)")), "Bordeaux");
        _click(_get(Button.class, b -> b.withText("J’ai envoyé la lettre : enregistrer la dénonciation")));
        assertThat(page())
                .contains(
                        "Vous avez dénoncé la transaction (vous êtes revenu sur votre accord) : la lettre "
                                + "recommandée a été envoyée le 4 décembre 2026",
                        "Télécharger la lettre de dénonciation (PDF)");
    }

    @Test
    void aHelperSeesTheOfferButNoDecisionButtons() {
        var v = fixtures.victimWithOffer("Julie Perrin");
        String helper = fixtures.helperOf(v);
        openAs(helper, "dossier/" + v.reference() + "/offre");
        assertThat(_get(OfferView.class)).isNotNull();
        assertThat(page()).contains("Seule la victime (ou son représentant légal) peut accepter ou refuser l’offre.");
        assertThat(_find(Button.class, b -> b.withText("J’accepte l’offre"))).isEmpty();
    }

    @Test
    void theAgentRecordsThePaymentOnThePage() {
        today(2026, 12, 4, 11);
        var v = fixtures.victimWithOffer("Julie Perrin");
        fixtures.accept(v);
        String agent = claims.newUser(Role.AGENT, "Agent Caron");

        today(2027, 1, 20, 10);
        login(agent, ClaimFixtures.PASSWORD);
        reasonGiven(v.reference());
        UI.getCurrent().navigate("dossier/" + v.reference() + "/offre");
        assertThat(_find(Button.class, b -> b.withText("J’ai envoyé la lettre : enregistrer la dénonciation")))
                .isEmpty();
        assertThat(page()).contains("l’accord est désormais définitif");
        HasValueUtilsKt._setValue(
                _get(DatePicker.class, d -> d.withLabel("Date du paiement")), LocalDate.of(2027, 1, 19));
        _click(_get(Button.class, b -> b.withText("Enregistrer le paiement")));
        assertThat(page())
                .contains("Payé intégralement le 19 janvier 2027 : 15 350,00 €.")
                .doesNotContain("Paiement en retard");
    }

    @Test
    void anotherVictimOrADoctorTypingTheAddressGetsNotFound() {
        var v = fixtures.victimWithOffer("Julie Perrin");
        var other = fixtures.victim("Autre Victime");
        login(other.email(), ClaimFixtures.PASSWORD);
        for (String path : new String[] {"/offre", "/offre/saisie"}) {
            UI.getCurrent().navigate("dossier/" + v.reference() + path);
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    void theVictimCopiesTheLetterHeadByHead() {
        var v = fixtures.victim("Julie Perrin");
        openAs(v.email(), "dossier/" + v.reference() + "/offre");
        assertThat(page()).contains("Aucune offre n’est encore enregistrée");
        UI.getCurrent().navigate("dossier/" + v.reference() + "/offre/saisie");
        assertThat(_find(Details.class)).hasSize(20);

        HasValueUtilsKt._setValue(
                _get(DatePicker.class, f -> f.withLabel("Date de réception de l’offre")), LocalDate.of(2026, 8, 3));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<OfferKind> kind = _get(RadioButtonGroup.class, f -> f.withLabel("L’offre se dit"));
        HasValueUtilsKt._setValue(kind, OfferKind.DEFINITIVE);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PropertyDamage> property =
                _get(RadioButtonGroup.class, f -> f.withLabel("Dommages matériels (véhicule, vêtements, objets)"));
        HasValueUtilsKt._setValue(property, PropertyDamage.NONE);
        HasValueUtilsKt._setValue(_get(TextField.class, f -> f.withLabel("Assureur")), "Assurances du Sud");
        Details se = _get(Details.class, d -> d.withClasses("offer-head-SE"));
        HasValueUtilsKt._setValue(
                _get(se, BigDecimalField.class, f -> f.withLabel("Montant évalué")), new BigDecimal("4500.00"));
        HasValueUtilsKt._setValue(
                _get(se, BigDecimalField.class, f -> f.withLabel("Cotation sur 7 (rapport médical)")),
                new BigDecimal("3"));
        _click(_get(Button.class, b -> b.withText("Enregistrer l’offre")));

        assertThat(_get(OfferView.class)).isNotNull();
        assertThat(page())
                .contains(
                        "Cette offre vous verse 4 500,00 € net, pour 1 poste de préjudice",
                        "dans la fourchette indicative");
    }
}
