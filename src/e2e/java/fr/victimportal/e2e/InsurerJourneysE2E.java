package fr.victimportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.e2e.Browser.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A claim goes to one insurer: the victim declares and chooses it; that insurer's agent finds the claim and opens it;
 * the other insurer's agent finds nothing by search and gets "not found" by address. On a phone and on a desktop,
 * every page checked with axe-core like {@link JourneysE2E}.
 */
class InsurerJourneysE2E {

    private static final PortalJar PORTAL = PortalJar.get();

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void theVictimChoosesTheInsurerWhoseAgentFindsTheClaimAndTheOtherInsurersAgentDoesNot(Viewport viewport)
            throws Exception {
        NewVictim victim = NewVictim.named("Rose Lambert", "assuree", viewport);
        try (Browser b = new Browser(PORTAL, viewport)) {
            // a new victim, confirmed through the demo outbox (no SMTP server here)
            victim.signUpAndConfirm(b);

            // the declaration: the insurer is searched by typing and chosen from the list
            String reference = victim.declareToSouthInsurer(
                    b, "KL-321-MN", page -> JourneysE2E.checkPage(page, "declaration-insurer"));
            assertThat(b.text()).contains("Votre dossier est traité par l’assureur " + Pages.SOUTH_INSURER);
            JourneysE2E.checkPage(b, "dashboard-insurer");

            // the chosen insurer's agent finds it and opens it, with the transfer form at hand
            b.driver.manage().deleteAllCookies();
            new Pages.Login(b).open().signIn(Pages.AGENT, Pages.AGENT_PASSWORD);
            new Pages.AgentSearch(b).search(reference);
            b.waitForTextOrFail(reference);
            JourneysE2E.checkPage(b, "agent-search-own-insurer");
            new Pages.ConsultationReason(b).give(reference);
            assertThat(b.text()).contains("Transférer le dossier");
            JourneysE2E.checkPage(b, "agent-claim-own-insurer");

            // the other insurer's agent: nothing by search, "not found" by address
            b.driver.manage().deleteAllCookies();
            new Pages.Login(b).open().signIn(Pages.RHONE_AGENT, Pages.RHONE_AGENT_PASSWORD);
            new Pages.AgentSearch(b).search(reference);
            b.waitForTextOrFail("Aucun dossier trouvé");
            assertThat(b.text()).doesNotContain(reference);
            JourneysE2E.checkPage(b, "agent-search-other-insurer");
            b.open("/dossier/" + reference);
            b.waitForTextOrFail("Page introuvable");
            assertThat(b.text()).doesNotContain("Rose Lambert");
            JourneysE2E.checkPage(b, "agent-claim-other-insurer");
        }
    }

    @AfterAll
    static void report() throws Exception {
        Axe.writeReport();
    }
}
