package fr.victimportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.e2e.Browser.Viewport;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
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
        String email = "assuree-" + viewport.width + "-" + System.nanoTime() + "@demo.victim-portal.fr";
        String password = "Une phrase longue et secrète";
        try (Browser b = new Browser(PORTAL, viewport)) {
            // a new victim, confirmed through the demo outbox (no SMTP server here)
            b.driver.manage().deleteAllCookies();
            new Pages.SignUp(b).create("Rose Lambert", email, password);
            new Pages.Login(b).open().signIn(Pages.AGENT, Pages.AGENT_PASSWORD);
            String link = new Pages.DemoOutbox(b).firstLinkTo(email);
            b.driver.manage().deleteAllCookies();
            b.open(link);
            b.waitForText("Votre adresse est confirmée");

            // the declaration: the insurer is searched by typing and chosen from the list
            new Pages.Login(b).open().signIn(email, password);
            b.open("/mon-dossier");
            b.click("Déclarer mon accident");
            Pages.Declaration declaration = new Pages.Declaration(b);
            declaration.filledInByTheVictim();
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
            declaration.accident(today.minusDays(10));
            b.waitForText("Votre date de naissance");
            b.setDate("Votre date de naissance", "1988-06-01");
            b.click("Enregistrer et continuer");
            b.type("Immatriculation", "KL-321-MN");
            declaration.insurer("Sud", Pages.SOUTH_INSURER);
            JourneysE2E.checkPage(b, "declaration-insurer");
            b.click("Enregistrer et continuer");
            b.waitForText("Date à laquelle l’assureur a été informé de l’accident");
            b.click("Enregistrer et continuer");
            b.waitForText("Vérifier et envoyer");
            assertThat(b.text()).contains("Assureur qui traite la demande", Pages.SOUTH_INSURER);
            b.click("Envoyer ma déclaration");
            b.waitForTextOrFail("Qui traite votre dossier");
            assertThat(b.text()).contains("Votre dossier est traité par l’assureur " + Pages.SOUTH_INSURER);
            JourneysE2E.checkPage(b, "dashboard-insurer");
            String path = URI.create(b.driver.getCurrentUrl()).getPath();
            String reference = path.substring(path.lastIndexOf('/') + 1);

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
