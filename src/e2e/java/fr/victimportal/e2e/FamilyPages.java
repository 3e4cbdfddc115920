package fr.victimportal.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page objects of a claim's family page (/dossier/{ref}/famille: the death, the heirs) and of the invitation a relative
 * receives (/proche/{token}), in the words the screens show.
 */
final class FamilyPages {

    private FamilyPages() {}

    /** /dossier/{ref}/famille as the handling insurer's agent sees it. */
    record Family(Browser b) {
        void open(String reference) {
            b.open("/dossier/" + reference + "/famille");
            b.waitForTextOrFail("Les proches et les ayants droit");
        }

        /** The death's date, "Oui" to "dû à l'accident", the certificate uploaded, then "Enregistrer le décès". */
        void recordDeath(LocalDate diedOn, Path certificate) {
            b.setDate("Date du décès", diedOn.toString());
            b.check("Oui");
            upload(b, certificate);
            b.click("Enregistrer le décès");
            b.waitForTextOrFail("Décès enregistré : le ");
        }

        /** "Ajouter un ayant droit": name, address, link chosen in the list, and for a minor the representative. */
        void addHeir(String name, String email, String link, String representative) {
            b.type("Nom et prénom", name);
            b.type("Adresse e-mail", email);
            WebElement select = b.driver.findElement(
                    By.xpath("//vaadin-select[./label[contains(normalize-space(.), 'Lien avec la victime')]]"));
            Selects.choose(b, select, link);
            if (representative != null) {
                b.check("Cette personne est mineure");
                b.type("Nom de son représentant légal", representative);
            }
            b.click("Envoyer l’invitation");
            b.waitForTextOrFail(name + " · ");
        }
    }

    /** The death certificate given to the page's upload, then "Fichier reçu :" awaited. */
    static void upload(Browser b, Path certificate) {
        WebElement upload = new WebDriverWait(b.driver, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> d.findElements(By.cssSelector("vaadin-upload")).stream()
                        .findFirst()
                        .orElse(null));
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream()
                .findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(certificate.toString());
        b.waitForTextOrFail("Fichier reçu :");
    }

    /** The heir opens the invitation's link (read in the demo outbox), creates an account and joins the claim. */
    static void join(Browser b, String email, String password) {
        new Pages.Login(b).open().signIn(Pages.AGENT, Pages.AGENT_PASSWORD);
        String link = new Pages.DemoOutbox(b).firstLinkTo(email);
        b.driver.manage().deleteAllCookies();
        b.open(link);
        b.waitForTextOrFail("Vous êtes invité(e) à suivre le dossier de");
        b.type("Mot de passe", password);
        b.click("Rejoindre le dossier");
        b.waitForTextOrFail("C’est fait : vous suivez désormais ce dossier.");
    }
    /** "J’accepte l’offre", then "Oui, j’accepte" in the dialog (the signing date left at today). */
    static void accept(Browser b) {
        b.click("J’accepte l’offre");
        b.waitForText("Accepter cette offre ?");
        WebElement confirm =
                b.driver.findElement(By.xpath("//vaadin-button[contains(normalize-space(.), 'Oui, j’accepte')]"));
        confirm.click();
        b.waitForVaadin();
    }

    /** The offer record page with the letter addressed to {@code recipient} ("Pour qui ?"). */
    static void offerTo(Browser b, String reference, String recipient) {
        ClaimPages.OfferRecord record = new ClaimPages.OfferRecord(b);
        record.open(reference);
        b.check(recipient);
        b.waitForText("Frais d’obsèques");
        record.general("Assurances du Sud");
    }
}
