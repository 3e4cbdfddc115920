package fr.victimportal.shared;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.DemoAccounts;
import fr.victimportal.account.DemoLogins;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 25: the state nodes a signed-in session keeps for the dashboard and the offer page, the main layout's own
 * share (menu, user, language) counted apart, as {@code OfferReviewCardTest} counts them. The figures are logged for
 * the benchmark notes.
 */
class LayoutStateNodesTest extends KaribuTest {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutStateNodesTest.class);

    private static int nodes(com.vaadin.flow.dom.Element element) {
        AtomicInteger count = new AtomicInteger();
        element.getNode().visitNodeTree(n -> count.incrementAndGet());
        return count.get();
    }

    /** The layout's nodes without the view inside it. */
    private static int layoutOnly() {
        AppLayout layout = _get(AppLayout.class);
        int view = layout.getContent() == null ? 0 : nodes(layout.getContent().getElement());
        return nodes(layout.getElement()) - view;
    }

    @Test
    void theDashboardAndTheOfferPageKeepFewStateNodes() {
        login(DemoLogins.VICTIM, DemoLogins.VICTIM_PASSWORD);
        UI.getCurrent().navigate("mon-dossier");
        int dashboard = nodes(UI.getCurrent().getElement());
        int layout = layoutOnly();

        login(DemoAccounts.AGGRAVATION_VICTIM, "Aggravation-demo-2026");
        UI.getCurrent().navigate("dossier/" + DemoAccounts.AGGRAVATION_CLAIM + "/offre");
        int offer = nodes(UI.getCurrent().getElement());
        int offerLayout = layoutOnly();

        LOG.info(
                "state nodes: dashboard {} (layout {}), offer page {} (layout {})",
                dashboard,
                layout,
                offer,
                offerLayout);
        assertThat(layout)
                .as("the layout's own nodes (39 with SideNav, its items and icons, and the Select)")
                .isLessThanOrEqualTo(15)
                .isEqualTo(offerLayout);
        assertThat(offer)
                .as("the demo offer page's nodes (85 before the menu, the language switch and the decision card's "
                        + "texts were HTML)")
                .isLessThanOrEqualTo(40);
        assertThat(dashboard).as("the demo dashboard's nodes (143 before)").isLessThanOrEqualTo(120);
    }
}
