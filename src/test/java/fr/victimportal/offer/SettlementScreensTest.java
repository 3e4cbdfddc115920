package fr.victimportal.offer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.Representation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the offer page says about a settlement: its date, what remains, L211-15, payments, and no second acceptance. */
class SettlementScreensTest extends KaribuTest {

    private static final String ACCEPT = "J’accepte l’offre";
    private static final String SENT = "J’ai envoyé la lettre : enregistrer la dénonciation";

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offers;

    @Autowired
    private ClaimService claimService;

    private void open(String email, String reference) {
        openAs(email, "dossier/" + reference + "/offre");
    }

    private void acceptOnThePage(LocalDate signedOn) {
        _click(_get(Button.class, b -> b.withText(ACCEPT)));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        HasValueUtilsKt._setValue(
                _get(
                        DatePicker.class,
                        d -> d.withLabel(
                                "Date à laquelle vous avez signé la transaction (ou envoyé votre acceptation)")),
                signedOn);
        ConfirmDialogKt._fireConfirm(dialog);
    }

    @Test
    void theVictimGivesTheSigningDateAndAFutureOneIsRefusedWithoutChange() {
        today(2026, 12, 4, 11);
        var v = fixtures.victimWithOffer("Julie Perrin");
        open(v.email(), v.reference());

        acceptOnThePage(LocalDate.of(2026, 12, 5));
        NotificationsKt.expectNotifications("La date de signature ne peut pas être dans le futur : indiquez le jour où "
                + "vous avez signé la transaction ou envoyé votre acceptation.");
        assertThat(_find(Button.class, b -> b.withText(ACCEPT))).hasSize(1);
        assertThat(StaticCards.texts("p.withdrawal-countdown")).isEmpty();

        // signed on Tue 27 Oct: the 15 days ended Thu 12 Nov (11 Nov is a holiday); nothing to withdraw is offered
        acceptOnThePage(LocalDate.of(2026, 10, 27));
        assertThat(page())
                .contains(
                        "Transaction conclue le 27 octobre 2026",
                        "Le délai pour changer d’avis a pris fin le 12 novembre 2026",
                        "L’assureur doit payer au plus tard le 14 décembre 2026");
        assertThat(_find(Button.class, b -> b.withText(SENT))).isEmpty();
        assertThat(StaticCards.texts("p.withdrawal-countdown")).isEmpty();
        // only a letter already sent within the period can still be recorded
        assertThat(page()).contains("Vous avez envoyé une lettre de dénonciation au plus tard le 12 novembre 2026 ?");
    }

    @Test
    void whenTheFifteenthDayIsASaturdayTheVictimIsToldToSendByThatDayAndTheMondayIsStillRecorded() {
        // signed Fri 4 Dec 2026: the fifteenth day is Sat 19 Dec, moved to Mon 21 Dec by CPC 642, which may not
        // govern L211-16: the page says to send by the 19th and still records a letter sent up to the 21st
        today(2026, 12, 4, 11);
        var v = fixtures.victimWithOffer("Hugo Faure");
        open(v.email(), v.reference());
        acceptOnThePage(LocalDate.of(2026, 12, 4));
        assertThat(StaticCards.only("p.withdrawal-countdown")).contains("jusqu’au 21 décembre 2026 inclus");
        assertThat(StaticCards.only("p.withdrawal-prudent-end"))
                .contains(
                        "Le quinzième jour, le 19 décembre 2026",
                        "reporté au 21 décembre 2026",
                        "envoyez votre lettre au plus tard le 19 décembre 2026");

        // on a date whose fifteenth day is a working day there is nothing to add
        var w = fixtures.victim("Léa Noël");
        fixtures.record(w, OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads()));
        open(w.email(), w.reference());
        acceptOnThePage(LocalDate.of(2026, 12, 2));
        assertThat(StaticCards.texts("p.withdrawal-prudent-end")).isEmpty();
    }

    @Test
    void afterAProvisionalSettlementThePageSaysTheClaimIsNotClosedAndListsWhatRemains() {
        today(2026, 12, 4, 11);
        var v = fixtures.consolidatedWithProvisionalOffer("Rose Marchand");
        String email = v.email();
        String ref = v.reference();
        open(email, ref);
        assertThat(page()).contains("l’offre définitive est due au plus tard le 2 novembre 2026");
        acceptOnThePage(LocalDate.of(2026, 12, 4));
        assertThat(StaticCards.only("p.settlement-provisional"))
                .contains("le dossier n’est pas clos", "offre définitive");
        assertThat(StaticCards.texts("ul.offer-remaining > li"))
                .anySatisfy(t -> assertThat(t)
                        .startsWith("Dénoncer la transaction (revenir sur votre accord) "
                                + "jusqu’au 21 décembre 2026 inclus"))
                .anySatisfy(t -> assertThat(t).contains("nullité relative", "caractères très apparents", "L211-16"))
                .anySatisfy(t -> assertThat(t).contains("nullité relative", "L211-10"))
                .anySatisfy(t -> assertThat(t).contains("FGAO", "15 %", "L211-14"));

        today(2027, 1, 4, 9);
        open(email, ref);
        assertThat(page())
                .contains("le dossier reste ouvert pour l’offre définitive")
                .doesNotContain("l’accord est désormais définitif");
    }

    @Test
    void aDefinitiveOfferAfterAProvisionalOneInTimeIsShownOnTime() {
        today(2026, 12, 4, 11);
        var v = fixtures.consolidatedWithProvisionalOffer("Rose Marchand");
        String email = v.email();
        String ref = v.reference();
        claims.as(
                email,
                () -> offers.record(
                        ref, OfferFixtures.complete(LocalDate.of(2026, 10, 20), OfferFixtures.typicalHeads())));
        open(email, ref);
        assertThat(page())
                .contains(
                        "Une offre provisionnelle reçue le 3 août 2026 a respecté le délai de 8 mois",
                        "Oui : l’offre est arrivée dans les délais")
                .doesNotContain("Intérêts au double du taux légal");
    }

    @Test
    void aCorrectedLetterCannotHideAStandingSettlement() {
        today(2026, 12, 4, 11);
        var v = fixtures.victimWithOffer("Julie Perrin");
        String agent = claims.newUser(Role.AGENT, "Agent Caron");
        open(v.email(), v.reference());
        acceptOnThePage(LocalDate.of(2026, 12, 4));

        login(agent, ClaimFixtures.PASSWORD);
        reasonGiven(v.reference());
        UI.getCurrent().navigate("dossier/" + v.reference() + "/offre/saisie");
        assertThat(_get(Paragraph.class, p -> p.withClasses("offer-record-refused"))
                        .getText())
                .contains("la victime peut la dénoncer jusqu’au 21/12/2026 inclus");
        assertThat(_find(Button.class, b -> b.withText("Enregistrer l’offre"))).isEmpty();

        open(v.email(), v.reference());
        assertThat(_find(Button.class, b -> b.withText(ACCEPT))).isEmpty();
        assertThat(_find(Button.class, b -> b.withText(SENT))).hasSize(1);
        assertThat(StaticCards.texts("p.withdrawal-countdown")).hasSize(1);
    }

    @Test
    void forAMinorThePageWaitsForTheJudgesAuthorisationBeforeAnyCountdown() {
        today(2026, 12, 4, 11);
        var v = fixtures.victim("Camille Roux");
        claims.as(
                v.email(),
                () -> claimService.saveRepresentation(
                        v.reference(),
                        claimService.open(v.reference()).version(),
                        new Representation(Representation.Person.MINOR, "Léo Roux", Representation.Role.PARENT)));
        fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads()));
        open(v.email(), v.reference());
        assertThat(page()).contains("juge des tutelles ou le conseil de famille");
        acceptOnThePage(LocalDate.of(2026, 12, 1));
        assertThat(StaticCards.only("p.settlement-awaiting-authorisation")).contains("ne courent pas");
        assertThat(StaticCards.texts("p.withdrawal-countdown")).isEmpty();
        assertThat(_find(Button.class, b -> b.withText(SENT))).isEmpty();

        HasValueUtilsKt._setValue(
                _get(
                        DatePicker.class,
                        d -> d.withLabel("Date de l’autorisation du juge des tutelles ou du conseil de famille")),
                LocalDate.of(2026, 12, 4));
        _click(_get(Button.class, b -> b.withText("Enregistrer l’autorisation")));
        assertThat(StaticCards.only("p.withdrawal-countdown")).contains("jusqu’au 21 décembre 2026 inclus");
        assertThat(page()).contains("Autorisation du juge des tutelles ou du conseil de famille du 4 décembre 2026");
    }

    @Test
    void aPartialPaymentIsListedAndThePageDoesNotSayPaid() {
        today(2026, 12, 4, 11);
        var v = fixtures.victimWithOffer("Lucas Perret");
        OfferFile f = fixtures.accept(v, LocalDate.of(2026, 12, 4));
        String agent = claims.newUser(Role.AGENT, "Agent Caron");
        today(2027, 2, 5, 10);
        claims.as(
                agent,
                () -> offers.recordPayment(
                        v.reference(), f.id(), LocalDate.of(2027, 1, 31), new BigDecimal("5000.00")));
        open(v.email(), v.reference());
        assertThat(page())
                .contains(
                        "Paiements enregistrés",
                        "31 janvier 2027 : 5 000,00 €",
                        "Payé à ce jour : 5 000,00 € ; reste dû : 10 350,00 €",
                        "Paiement en retard : intérêts estimés à")
                .doesNotContain("Payé intégralement");
    }
}
