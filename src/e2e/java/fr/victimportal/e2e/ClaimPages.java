package fr.victimportal.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Page objects of a claim's own screens (/dossier/{ref}/...): the offer as recorded and as reviewed, the documents,
 * the examination notice, the aggravation and the mandates; what a user does there, in the words the screen shows.
 */
final class ClaimPages {

    private ClaimPages() {}

    /** /dossier/{ref}/offre/saisie: the insurer's letter copied head by head. */
    record OfferRecord(Browser b) {
        void open(String reference) {
            b.open("/dossier/" + reference + "/offre/saisie");
            b.waitForText("Saisir l’offre reçue");
        }

        void general(String insurer) {
            b.setDate(
                    "Date de réception de l’offre",
                    LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString());
            b.check("définitive");
            b.type("Assureur", insurer);
            b.check("caractères très apparents");
            b.check("décomptes des tiers payeurs");
            b.check("déjà réglés");
        }

        void head(String headName, String gross, String grade) {
            WebElement summary = b.driver.findElement(By.xpath("//vaadin-details[.//vaadin-details-summary["
                    + "contains(normalize-space(.), " + Browser.xpathLiteral(headName) + ")]]"));
            b.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].opened = true", summary);
            b.waitForVaadin();
            b.type("Montant évalué", gross);
            if (grade != null) {
                b.type("Cotation sur 7", grade);
            }
            b.js("arguments[0].opened = false", summary);
            b.waitForVaadin();
        }

        void save() {
            b.click("Enregistrer l’offre");
            b.waitForTextOrFail("Offre de l’assureur · dossier");
        }
    }

    /** /dossier/{ref}/offre: the review, the decision, the countdown and the withdrawal. */
    record Offer(Browser b) {
        void open(String reference) {
            b.open("/dossier/" + reference + "/offre");
            b.waitForText("Offre de l’assureur · dossier " + reference);
        }

        /** Accepts with the keyboard only: focus on the button, Enter; in the dialog, Tab to the confirmation. */
        void acceptWithKeyboard() {
            WebElement accept = b.button("J’accepte l’offre");
            b.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", accept);
            accept.sendKeys(Keys.ENTER);
            b.waitForText("Accepter cette offre ?");
            WebElement confirm =
                    b.driver.findElement(By.xpath("//vaadin-button[contains(normalize-space(.), 'Oui, j’accepte')]"));
            for (int i = 0;
                    i < 10 && !Boolean.TRUE.equals(b.js("return document.activeElement === arguments[0]", confirm));
                    i++) {
                b.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            }
            b.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            b.waitForVaadin();
            b.waitForText("Transaction conclue le");
        }

        /** L211-16: the place for the letter, which prepares it (its link is returned), before anything is recorded. */
        String prepareLetter() {
            b.type("Lieu où vous signez la lettre (ville)", "Bordeaux");
            b.waitForVaadin();
            return b.button("Préparer la lettre de dénonciation (PDF)").getAttribute("href");
        }

        /** Then the sending date of the registered letter (today by default) confirmed. */
        void withdraw() {
            b.click("J’ai envoyé la lettre : enregistrer la dénonciation");
            b.waitForText("Vous avez dénoncé la transaction");
        }
    }

    /** /dossier/{ref}/documents: upload several files, describe each, choose who may read each one. */
    record Documents(Browser b) {
        void open(String reference) {
            b.open("/dossier/" + reference + "/documents");
            b.waitForText("Enregistrer les documents");
        }

        /** Chooses the files as the file dialog would (several at once), then describes each as a prescription. */
        void upload(List<Path> files) {
            WebElement upload = b.driver.findElement(By.cssSelector("vaadin-upload"));
            WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream()
                    .findFirst()
                    .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(String.join("\n", files.stream().map(Path::toString).toList()));
            for (Path f : files) {
                String name = f.getFileName().toString();
                b.waitForText(name.substring(0, name.lastIndexOf('.')));
            }
            b.waitForVaadin();
            List<WebElement> types = b.driver.findElements(By.xpath(
                    "//vaadin-combo-box[./label[" + "contains(normalize-space(.), 'Type de document')]]//input"));
            for (WebElement type : types) {
                b.js("arguments[0].scrollIntoView({block: 'center'})", type);
                type.sendKeys("Ordonnance");
                b.waitForVaadin();
                type.sendKeys(Keys.ENTER);
                b.waitForVaadin();
            }
            String yesterday =
                    LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString();
            for (WebElement date : b.driver.findElements(
                    By.xpath("//vaadin-date-picker[./label[contains(" + "normalize-space(.), 'Date du document')]]"))) {
                b.js(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        date,
                        yesterday);
                b.waitForVaadin();
            }
            b.click("Enregistrer les documents");
            b.waitForVaadin();
        }

        /** Ticks "share with {person}" on the card of the document titled {@code title}. */
        void share(String title, String person) {
            WebElement box = b.driver.findElement(By.xpath("//*[contains(@class, 'document-card')][.//*[contains("
                    + "normalize-space(.), " + Browser.xpathLiteral(title) + ")]]//vaadin-checkbox[./label[contains("
                    + "normalize-space(.), " + Browser.xpathLiteral("Partager avec " + person) + ")]]//input"));
            b.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", box);
            b.waitForVaadin();
        }
    }

    /** /dossier/{ref}/aggravation: the aggravation right, its limitation dates and the aggravations declared. */
    record Aggravation(Browser b) {
        void open(String reference) {
            b.open("/dossier/" + reference + "/aggravation");
            b.waitForTextOrFail("Aggravation — dossier " + reference);
        }
    }

    /** /dossier/{ref}/mandats: the victim's mandates to an association caseworker. */
    record Mandates(Browser b) {
        void open(String reference) {
            b.open("/dossier/" + reference + "/mandats");
            b.waitForTextOrFail("Ce qu’aucun mandat ne permet");
        }

        /** Fills the form item by item and signs it with the victim's name. */
        void sign(String caseworker, String email, String victimName) {
            b.type("Nom de la personne qui vous accompagne", caseworker);
            b.type("Son adresse électronique", email);
            b.type("Nom de l’association", "Route Solidaire (fictive)");
            b.type("Numéro RNA ou SIREN", "W751234567");
            WebElement standing = b.driver.findElement(
                    By.xpath("//vaadin-select[./label[contains(normalize-space(.)," + " 'Qualité sur laquelle')]]"));
            // the third standing: association approved by the Ministry of Justice
            b.js("arguments[0].value = '3';", standing);
            b.waitForVaadin();
            b.check("recevoir une copie des courriers");
            b.check("m’accompagner aux rendez-vous");
            b.type("Signature : tapez votre nom", victimName);
            b.check("Je donne ce mandat");
            b.click("Signer le mandat");
            b.waitForTextOrFail("Signé, en attente d’acceptation par l’association");
        }

        void revokeNewest() {
            b.click("Révoquer ce mandat");
            b.click("Oui, révoquer maintenant");
            b.waitForTextOrFail("n’a plus accès à votre dossier");
        }
    }

    /** /dossier/{ref}/examen: the examination notice, checked against R211-43. */
    record Examination(Browser b) {
        void open(String reference) {
            b.open("/dossier/" + reference + "/examen");
            b.waitForText("Examen médical · dossier " + reference);
        }

        /** Copies a notice received today for an exam in ten days: too short a notice (R211-43 wants 15). */
        void recordShortNotice(String doctor) {
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
            b.type("Médecin examinateur", doctor);
            b.type("Lieu de l’examen", "12 rue de la République, 69002 Lyon");
            b.setDate("Date de l’examen", today.plusDays(10).toString());
            b.setDate("Date à laquelle l’avis est parvenu à la victime", today.toString());
            b.click("Enregistrer l’avis");
            b.waitForTextOrFail("L’avis est parvenu trop tard à la victime");
        }
    }
}
