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
 * Issue 24, the commonest fatal case: the victim died without ever having an account. Her spouse signs up, declares
 * the accident as "un proche ou un héritier d’une victime décédée", gives the death with its certificate first, answers
 * the steps that speak of the deceased, sends the claim to the South insurer, reads the family's dashboard (the offer
 * to the heirs, L211-9 and R211-30) and invites another heir from the family page. On a phone and on a desktop,
 * axe-core on each page.
 */
class HeirOpensJourneyE2E {

    private static final PortalJar PORTAL = PortalJar.get();

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void theSpouseOpensTheClaimOfAVictimWhoDiedWithoutAnAccount(Viewport viewport) throws Exception {
        NewVictim spouse = NewVictim.named("Léa Martin", "heritiere", viewport);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Path certificate = E2eFiles.onePagePdf("acte-de-deces.pdf");
        try (Browser b = new Browser(PORTAL, viewport)) {
            spouse.signUpAndConfirm(b);
            spouse.signIn(b);
            b.open("/declaration");
            b.waitForText("Qui remplit cette déclaration");
            b.check("un proche ou un héritier d’une victime décédée");
            b.waitForTextOrFail("La page suivante vous demande le nom de la victime");
            b.click("Enregistrer et continuer");

            // the death and its certificate come first
            b.waitForTextOrFail("Déclarer l’accident d’une victime décédée");
            assertThat(b.text()).contains("R211-30", "L211-9");
            JourneysE2E.checkPage(b, "heir-opening");
            b.type("Nom et prénom de la victime décédée", "Marc Martin");
            b.check("Époux ou épouse");
            b.setDate("Date du décès", today.minusDays(3).toString());
            b.check("Oui");
            FamilyPages.upload(b, certificate);
            b.click("Enregistrer et continuer");

            // the steps speak of the deceased
            b.waitForTextOrFail("Déclaration remplie par un proche ou un héritier d’une victime décédée");
            Pages.Declaration declaration = new Pages.Declaration(b);
            declaration.accident(today.minusDays(10));
            b.waitForTextOrFail("Date de naissance de la victime");
            assertThat(b.text()).doesNotContain("Votre date de naissance");
            b.setDate("Date de naissance de la victime", "1950-03-02");
            b.click("Enregistrer et continuer");
            b.type("Immatriculation", "MM-123-FR");
            declaration.insurer("Sud", Pages.SOUTH_INSURER);
            b.click("Enregistrer et continuer");
            b.waitForText("Date à laquelle l’assureur a été informé de l’accident");
            b.click("Enregistrer et continuer");
            b.waitForText("Vérifier et envoyer");
            assertThat(b.text()).doesNotContain("juge des tutelles");
            JourneysE2E.checkPage(b, "heir-review");
            b.click("Envoyer ma déclaration");

            // the family's dashboard
            b.waitForTextOrFail("Ce dossier concerne Marc Martin");
            assertThat(b.text())
                    .contains("L211-9", "R211-30", "Mes réponses à l’assureur")
                    .doesNotContain("Répondre au questionnaire de l’assureur");
            JourneysE2E.checkPage(b, "heir-opened-dashboard");
            String path = java.net.URI.create(b.driver.getCurrentUrl()).getPath();
            String reference = path.substring(path.lastIndexOf('/') + 1);

            // she invites their son from the family page
            b.open("/dossier/" + reference + "/famille");
            b.waitForTextOrFail("Invitez les autres héritiers et proches de la victime");
            new FamilyPages.Family(b).addHeir("Hugo Martin", "hugo-" + spouse.email(), "Enfant", null);
            assertThat(b.text()).contains("Léa Martin · Époux ou épouse", "Hugo Martin · Enfant");
            JourneysE2E.checkPage(b, "heir-opened-family");
        }
    }

    @AfterAll
    static void report() throws Exception {
        Axe.writeReport();
    }
}
