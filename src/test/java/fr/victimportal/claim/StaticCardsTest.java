package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.deadline.Responsible;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's deadlines, stages and corrections are written as one HTML card each (issue 25): the person's own
 * words in them stay text, the history is written only when opened, and the cards hold one state node each.
 */
class StaticCardsTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    private static int stateNodes() {
        AtomicInteger count = new AtomicInteger();
        UI.getCurrent().getElement().getNode().visitNodeTree(n -> count.incrementAndGet());
        return count.get();
    }

    @Test
    void aNameWithMarkupIsShownAsTextInTheHistoryWrittenOnlyWhenOpened() {
        String name = "Zoé <b>Noël</b> & <img src=x onerror=alert(1)>";
        String victim = fixtures.newUser(Role.VICTIM, name);
        today(2025, 4, 1, 10);
        String ref = fixtures.submittedClaim(
                victim, LocalDate.of(2025, 3, 1), new ProcedureDates(LocalDate.of(2025, 3, 5), null, null, null));
        openAs(victim, "dossier/" + ref);
        @SuppressWarnings("unchecked")
        Select<Responsible> who = _get(Select.class, s -> s.withLabel("Qui répond de l’accident"));
        HasValueUtilsKt._setValue(who, Responsible.UNKNOWN);

        Details history = _get(Details.class, d -> d.withClasses("revision-history"));
        assertThat(history.getSummaryText()).isEqualTo("Historique des corrections (1)");
        assertThat(StaticCards.elements(".revision-list")).isEmpty();
        int closed = stateNodes();

        history.setOpened(true);
        assertThat(StaticCards.texts(".revision-list > li > p"))
                .singleElement()
                .asString()
                .contains("par " + name);
        assertThat(StaticCards.elements(".revision-list b, .revision-list img")).isEmpty();
        assertThat(StaticCards.texts(".revision-list li li"))
                .singleElement()
                .asString()
                .startsWith("Qui répond");
        assertThat(stateNodes()).as("the opened history is one more node").isEqualTo(closed + 1);

        // closed and opened again: written once
        history.setOpened(false);
        history.setOpened(true);
        assertThat(StaticCards.elements(".revision-list")).hasSize(1);
    }

    @Test
    void theDeadlinesAndStagesAreOneNodeEachWithTheirHeadingsListsAndAria() {
        String victim = fixtures.newUser(Role.VICTIM, "Paul Leroy");
        today(2026, 11, 22, 18);
        String ref = fixtures.submittedClaim(
                victim,
                LocalDate.of(2026, 10, 5),
                new ProcedureDates(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 10), null, null));
        openAs(victim, "dossier/" + ref);

        assertThat(StaticCards.texts("section.deadline-list > h2")).containsExactly("Vos dates");
        assertThat(StaticCards.elements("section.deadline-list > ul > li.deadline > h3"))
                .extracting(StaticCards::text)
                .containsExactly(
                        "Prévenir l’assureur du véhicule impliqué",
                        "Répondre au questionnaire de l’assureur",
                        "Offre dans les 8 mois de l’accident");
        assertThat(StaticCards.elements("section.stage-timeline > ol > li")).hasSizeGreaterThan(5);
        assertThat(StaticCards.elements("li.stage-current"))
                .singleElement()
                .satisfies(li -> assertThat(li.attr("aria-current")).isEqualTo("step"));
        assertThat(nodesOf("deadline-list")).isEqualTo(1);
        assertThat(nodesOf("stage-timeline")).isEqualTo(1);
    }

    /** The state nodes the session keeps for a card. */
    private static int nodesOf(String cardClass) {
        AtomicInteger count = new AtomicInteger();
        _get(Html.class, h -> h.withClasses(cardClass))
                .getElement()
                .getNode()
                .visitNodeTree(n -> count.incrementAndGet());
        return count.get();
    }
}
