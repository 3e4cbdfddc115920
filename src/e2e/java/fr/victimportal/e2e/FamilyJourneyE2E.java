package fr.victimportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.e2e.Browser.Viewport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 24: a victim dies after the accident. The South insurer's agent records the death with the certificate and
 * adds the two heirs (the spouse, and a child who is a minor with the spouse as representative); the spouse opens the
 * claim through the invitation and reads what happens now; the agent records an offer to each heir; the spouse
 * accepts hers; the minor's representative sees that the settlement needs the juge des tutelles (L211-15) and that
 * its periods wait for that authorisation. On a phone and on a desktop, axe-core on the key pages.
 */
class FamilyJourneyE2E {

    private static final PortalJar PORTAL = PortalJar.get();
    private static final String PASSWORD = "Une phrase longue et secrète";

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void theHeirsOfADeceasedVictimEachReceiveTheirOwnOfferAndTheMinorsNeedsTheJudge(Viewport viewport)
            throws Exception {
        NewVictim victim = NewVictim.named("Daniel Moreau", "deces", viewport);
        String stamp = viewport.width + "-" + System.nanoTime();
        String claire = "claire-" + stamp + "@demo.victim-portal.fr";
        String forHugo = "claire-pour-hugo-" + stamp + "@demo.victim-portal.fr";
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Path certificate = E2eFiles.onePagePdf("acte-de-deces.pdf");
        try (Browser b = new Browser(PORTAL, viewport)) {
            victim.signUpAndConfirm(b);
            String reference = victim.declareToSouthInsurer(b, "DM-240-FR", page -> {});

            // the agent records the death with its certificate, then adds the two heirs
            new Pages.Login(b).open().signIn(Pages.AGENT, Pages.AGENT_PASSWORD);
            new Pages.ConsultationReason(b).give(reference);
            FamilyPages.Family family = new FamilyPages.Family(b);
            family.open(reference);
            family.recordDeath(today.minusDays(3), certificate);
            family.addHeir("Claire Moreau", claire, "Époux ou épouse", null);
            family.addHeir("Hugo Moreau", forHugo, "Enfant", "Claire Moreau");
            assertThat(b.text())
                    .contains(
                            "Claire Moreau · Époux ou épouse · ayant droit · invitation envoyée",
                            "Hugo Moreau · Enfant · ayant droit · mineur(e), représenté(e) par Claire Moreau");
            JourneysE2E.checkPage(b, "family-agent");

            // the spouse opens the claim after the death, through her invitation
            FamilyPages.join(b, claire, PASSWORD);
            new Pages.Login(b).open().signIn(claire, PASSWORD);
            b.open("/dossier/" + reference);
            b.waitForTextOrFail("Ce dossier concerne Daniel Moreau");
            assertThat(b.text()).contains("L211-9", "R211-30");
            JourneysE2E.checkPage(b, "family-heir-dashboard");
            FamilyPages.join(b, forHugo, PASSWORD);

            // the agent records an offer to each heir
            new Pages.Login(b).open().signIn(Pages.AGENT, Pages.AGENT_PASSWORD);
            new Pages.ConsultationReason(b).give(reference);
            ClaimPages.OfferRecord record = new ClaimPages.OfferRecord(b);
            FamilyPages.offerTo(b, reference, "Claire Moreau");
            record.head("Préjudice d’affection", "30000", null);
            record.head("Frais d’obsèques", "4500", null);
            record.save();
            FamilyPages.offerTo(b, reference, "Hugo Moreau");
            record.head("Préjudice d’affection", "25000", null);
            record.save();

            // the spouse reads her own offer, and only hers, and accepts it
            new Pages.Login(b).open().signIn(claire, PASSWORD);
            b.open("/dossier/" + reference + "/offre");
            b.waitForTextOrFail("Offre à Claire Moreau");
            assertThat(b.text())
                    .contains("loi du 5 juillet 1985, art. 6", "R211-30")
                    .doesNotContain("Offre à Hugo Moreau");
            JourneysE2E.checkPage(b, "family-heir-offer");
            FamilyPages.accept(b);
            b.waitForTextOrFail("Transaction conclue le");

            // the minor's representative: the judge's authorisation comes first (L211-15)
            new Pages.Login(b).open().signIn(forHugo, PASSWORD);
            b.open("/dossier/" + reference + "/offre");
            b.waitForTextOrFail("Offre à Hugo Moreau");
            assertThat(b.text())
                    .contains("Claire Moreau, son représentant légal", "juge des tutelles", "L211-15")
                    .doesNotContain("Offre à Claire Moreau");
            FamilyPages.accept(b);
            b.waitForTextOrFail(
                    "Hugo Moreau est mineur(e) : la transaction doit être autorisée par le juge des tutelles");
            assertThat(b.text()).doesNotContain("La victime est mineure");
            JourneysE2E.checkPage(b, "family-minor-offer");
        }
    }

    @AfterAll
    static void report() throws Exception {
        Axe.writeReport();
    }
}
