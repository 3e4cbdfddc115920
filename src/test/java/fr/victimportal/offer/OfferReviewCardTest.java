package fr.victimportal.offer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.DemoAccounts;
import fr.victimportal.claim.DintilhacHead;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The offer review is written as one HTML node (issue 25: it was most of what a session keeps on the offer page),
 * with the same cards, headings, lists and classes, and the insurer's own words in it stay text.
 */
class OfferReviewCardTest extends KaribuTest {

    @Autowired
    private OfferFixtures fixtures;

    private static int nodes(com.vaadin.flow.dom.Element element) {
        AtomicInteger count = new AtomicInteger();
        element.getNode().visitNodeTree(n -> count.incrementAndGet());
        return count.get();
    }

    @Test
    void theReviewIsOneNodeWithItsCardsHeadingsAndLists() {
        today(2026, 9, 1, 10);
        OfferFixtures.Victim v = fixtures.victimWithOffer("Inès Garnier");
        openAs(v.email(), "dossier/" + v.reference() + "/offre");

        Html review = _get(Html.class, h -> h.withClasses("offer-review"));
        assertThat(nodes(review.getElement())).isEqualTo(1);
        assertThat(review.getElement().getProperty("innerHTML"))
                .as("held one byte a character: ’ and € written as entities")
                .matches("\\p{ASCII}*")
                .contains("&#x2019;");
        assertThat(StaticCards.texts("div.offer-review > section.card > h2"))
                .containsExactly(
                        "En bref",
                        "L’offre poste par poste",
                        "Ce que la loi exige dans l’offre",
                        "L’offre est-elle arrivée à temps ?",
                        "Repères indicatifs");
        assertThat(StaticCards.elements("section.offer-heads > ul.offer-lines > li.offer-line > h3"))
                .hasSize(5);
        assertThat(text(StaticCards.only("section.offer-heads > p.amount.offer-total")))
                .isEqualTo("Total : 15 350,00 €");
        assertThat(StaticCards.elements("section.offer-summary > ul > li")).hasSize(4);
        assertThat(StaticCards.elements("section.offer-benchmarks > ul > li")).isNotEmpty();
    }

    @Test
    void theInsurersReasonForAReductionStaysText() {
        today(2026, 9, 1, 10);
        OfferFixtures.Victim v = fixtures.victim("Hugo Lemaire");
        String reason = "Faute <b>inexcusable</b> & <img src=x onerror=alert(1)>";
        fixtures.record(
                v,
                OfferFixtures.complete(
                        LocalDate.of(2026, 8, 3),
                        List.of(HeadLine.of(DintilhacHead.DSA, "1000.00").withReduction("200.00", reason))));
        openAs(v.email(), "dossier/" + v.reference() + "/offre");

        assertThat(StaticCards.texts("li.offer-line > p"))
                .anySatisfy(t -> assertThat(t).contains(reason));
        assertThat(StaticCards.elements("div.offer-review b, div.offer-review img"))
                .isEmpty();
    }

    @Test
    void theDemoOfferPageKeepsFewStateNodes() {
        login(DemoAccounts.AGGRAVATION_VICTIM, "Aggravation-demo-2026");
        UI.getCurrent().navigate("dossier/" + DemoAccounts.AGGRAVATION_CLAIM + "/offre");

        int page = nodes(UI.getCurrent().getElement());
        assertThat(nodes(_get(Html.class, h -> h.withClasses("offer-review")).getElement()))
                .isEqualTo(1);
        assertThat(page)
                .as("state nodes of the whole UI (176 before the review was one node)")
                .isLessThan(100);
    }
}
