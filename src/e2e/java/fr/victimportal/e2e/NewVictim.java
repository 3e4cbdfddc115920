package fr.victimportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A victim made for one journey, as a new user does it: signs up, confirms the address through the demo outbox (no
 * SMTP server here), signs in and declares a cycling accident of ten days ago to the South demo insurer. Shared by the
 * journeys that need a claim of their own rather than the demo claim.
 */
record NewVictim(String name, String email, String password) {

    /** What a journey checks on the page the declaration has reached (axe, a screenshot). */
    @FunctionalInterface
    interface Check {
        void on(Browser b) throws Exception;
    }

    /** A fresh address per viewport and run: {@code prefix-390-<nanos>@demo.victim-portal.fr}. */
    static NewVictim named(String name, String prefix, Browser.Viewport viewport) {
        return new NewVictim(
                name,
                prefix + "-" + viewport.width + "-" + System.nanoTime() + "@demo.victim-portal.fr",
                "Une phrase longue et secrète");
    }

    /** Signs up, then opens the confirmation link of the mail (read in the demo outbox as the South agent). */
    void signUpAndConfirm(Browser b) {
        b.driver.manage().deleteAllCookies();
        new Pages.SignUp(b).create(name, email, password);
        new Pages.Login(b).open().signIn(Pages.AGENT, Pages.AGENT_PASSWORD);
        String link = new Pages.DemoOutbox(b).firstLinkTo(email);
        b.driver.manage().deleteAllCookies();
        b.open(link);
        b.waitForText("Votre adresse est confirmée");
    }

    void signIn(Browser b) {
        new Pages.Login(b).open().signIn(email, password);
    }

    /**
     * Signs in and declares the accident to the South insurer, searched by typing and chosen from the list;
     * {@code atInsurerStep} runs on the insurer step once it is chosen. Ends on the new claim's dashboard; returns the
     * claim's reference, read from the address.
     */
    String declareToSouthInsurer(Browser b, String plate, Check atInsurerStep) throws Exception {
        signIn(b);
        b.open("/mon-dossier");
        b.click("Déclarer mon accident");
        Pages.Declaration declaration = new Pages.Declaration(b);
        declaration.filledInByTheVictim();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        declaration.accident(today.minusDays(10));
        b.waitForText("Votre date de naissance");
        b.setDate("Votre date de naissance", "1988-06-01");
        b.click("Enregistrer et continuer");
        b.type("Immatriculation", plate);
        declaration.insurer("Sud", Pages.SOUTH_INSURER);
        atInsurerStep.on(b);
        b.click("Enregistrer et continuer");
        b.waitForText("Date à laquelle l’assureur a été informé de l’accident");
        b.click("Enregistrer et continuer");
        b.waitForText("Vérifier et envoyer");
        assertThat(b.text()).contains("Assureur qui traite la demande", Pages.SOUTH_INSURER);
        b.click("Envoyer ma déclaration");
        b.waitForTextOrFail("Qui traite votre dossier");
        String path = URI.create(b.driver.getCurrentUrl()).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
