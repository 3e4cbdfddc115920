package fr.victimportal.offer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.TestClock;
import fr.victimportal.account.DemoAccounts;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's stage follows the facts of the latest cycle: an accepted offer, a final and a paid
 * settlement, and the demo claims — a settled claim with a settled aggravation, and a new claim awaiting its
 * questionnaire.
 */
class ProcedureStageTest extends KaribuTest {

    @Autowired
    private OfferFixtures offers;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offerService;

    private String current() {
        return text(StaticCards.only("li.stage-current"));
    }

    private List<String> done() {
        return StaticCards.texts("li.stage-done").stream()
                .map(ProcedureStageTest::text)
                .toList();
    }

    private List<String> items() {
        // the components' list items (next actions) and the static cards' ones (stages, deadlines)
        return Stream.concat(
                        _find(ListItem.class).stream().map(ProcedureStageTest::text),
                        StaticCards.texts("li").stream().map(ProcedureStageTest::text))
                .toList();
    }

    /** The page's second-level headings, the components' and the static cards'. */
    private static List<String> headings() {
        return Stream.concat(_find(H2.class).stream().map(H2::getText), StaticCards.texts("h2").stream())
                .toList();
    }

    private String next() {
        return text(_get(ListItem.class, li -> li.withClasses("stage-next")));
    }

    @Test
    void anAcceptedOfferMovesTheStageToTheWithdrawalPeriodThenPaymentThenPaid() {
        // Accident Mon 5 Jan 2026; offer received Wed 2 Sep 2026, accepted Thu 10 Sep 2026.
        clock.set(TestClock.paris(2026, 9, 10, 18, 0));
        OfferFixtures.Victim v = offers.victim("Chloé Perrin");
        long offerId = offers.record(v, OfferFixtures.complete(LocalDate.of(2026, 9, 2), OfferFixtures.typicalHeads()));
        OfferFile offer = offers.latest(v.email(), v.reference());
        claims.as(v.email(), () -> offerService.accept(v.reference(), offerId, offer.version()));

        openAs(v.email(), "dossier/" + v.reference());
        assertThat(current()).startsWith("15 jours pour vous rétracter").contains("vous en êtes ici");
        assertThat(done())
                .contains(
                        "Offre de l’assureurfait le 2 septembre 2026",
                        "Accord (transaction)fait le 10 septembre 2026",
                        "Questionnaire de l’assureurétape passée");
        assertThat(items())
                .noneMatch(t -> t.startsWith("Questionnaire de l’assureur") && t.contains("vous en êtes ici"))
                .noneMatch(t -> t.startsWith("Rien à faire pour l’instant"));
        assertThat(next())
                .startsWith("L’accord (transaction) a été conclu le 10 septembre 2026")
                .contains("jusqu’au 25 septembre 2026 inclus", "C. assur. art. L211-16");

        // the 15 days are over (Fri 25 Sep): the settlement binds, the payment is due
        clock.set(TestClock.paris(2026, 9, 28, 9, 0));
        UI.getCurrent().navigate("dossier/" + v.reference());
        assertThat(current()).startsWith("Paiement");
        assertThat(done()).contains("15 jours pour vous rétracterfait le 25 septembre 2026");
        assertThat(next()).startsWith("L’accord est devenu définitif").contains("C. assur. art. L211-17");

        clock.set(TestClock.paris(2026, 10, 6, 9, 0));
        String agent = claims.newUser(Role.AGENT, "Karim Agent");
        claims.as(
                agent,
                () -> offerService.recordPayment(
                        v.reference(),
                        offerId,
                        LocalDate.of(2026, 10, 5),
                        offer.totals().net()));
        UI.getCurrent().navigate("dossier/" + v.reference());
        assertThat(current()).startsWith("En cas d’aggravation");
        assertThat(done()).contains("Paiementfait le 5 octobre 2026");
        assertThat(next()).startsWith("L’assureur a payé le 5 octobre 2026").contains("L211-19", "2226");
    }

    @Test
    void theDemoClaimSettledWithASettledAggravationIsShownAsPaidNotAsAwaitingAnExamination() {
        login(DemoAccounts.AGGRAVATION_VICTIM, "Aggravation-demo-2026");
        UI.getCurrent().navigate("dossier/" + DemoAccounts.AGGRAVATION_CLAIM);

        assertThat(headings()).contains("Où en est la procédure de l’aggravation");
        assertThat(current()).startsWith("En cas de nouvelle aggravation");
        assertThat(done())
                .anyMatch(t -> t.startsWith("Déclaration de l’aggravationfait le"))
                .anyMatch(t -> t.startsWith("Examen médicalfait le"))
                .anyMatch(t -> t.startsWith("Rapport médicalfait le"))
                .anyMatch(t -> t.startsWith("Paiementfait le"));
        assertThat(items())
                .noneMatch(t -> t.startsWith("Rien à faire pour l’instant"))
                .noneMatch(t -> t.contains("l’assureur doit organiser l’examen médical"));
        assertThat(next()).startsWith("L’assureur a payé le");
    }

    @Test
    void theNewDemoClaimWaitsForItsQuestionnaire() {
        login("victime@demo.victim-portal.fr", "Victime-demo-2026");
        UI.getCurrent().navigate("mon-dossier");
        assertThat(headings()).contains("Où en est la procédure");
        assertThat(current()).startsWith("Questionnaire de l’assureur");
        assertThat(items()).anyMatch(t -> t.equals("Répondre au questionnaire de l’assureur"));
    }
}
