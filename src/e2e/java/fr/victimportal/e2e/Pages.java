package fr.victimportal.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page objects: what a user does on each screen, in the words the screen shows. */
final class Pages {

    private Pages() {
    }

    static final String VICTIM = "victime@demo.victim-portal.fr";
    static final String VICTIM_PASSWORD = "Victime-demo-2026";
    static final String AGENT = "agent@demo.victim-portal.fr";
    static final String AGENT_PASSWORD = "Agent-demo-2026";

    /** /login: the Vaadin login form (a real form post, so the browser's password manager works). */
    record Login(Browser b) {
        Login open() {
            b.driver.manage().deleteAllCookies();
            b.open("/login");
            return this;
        }

        void signIn(String email, String password) {
            b.driver.findElement(By.cssSelector("input[name=username]")).sendKeys(email);
            WebElement pw = b.driver.findElement(By.cssSelector("input[name=password]"));
            pw.sendKeys(password);
            pw.sendKeys(org.openqa.selenium.Keys.ENTER);
            b.waitForVaadin();
        }
    }

    /** The victim's claim dashboard (/mon-dossier leads to /dossier/{reference}). */
    record Dashboard(Browser b) {
        /** Opens the victim's own claim; returns its reference, read from the address the portal went to. */
        String openMine() {
            b.open("/mon-dossier");
            b.waitForText("Dossier VP-");
            String url = b.driver.getCurrentUrl();
            return url.substring(url.lastIndexOf('/') + 1);
        }
    }

    /** /delais: the public deadline calculator. */
    record Calculator(Browser b) {
        void compute(String isoDate) {
            b.open("/delais");
            b.setDate("Date de l’événement", isoDate);
            b.click("Calculer");
        }
    }

    /** /dossier/{ref}/offre/saisie: the insurer's letter copied head by head. */
    record OfferRecord(Browser b) {
        void open(String reference) {
            b.open("/dossier/" + reference + "/offre/saisie");
            b.waitForText("Saisir l’offre reçue");
        }

        void general(String insurer) {
            b.setDate("Date de réception de l’offre",
                    java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(1).toString());
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
            accept.sendKeys(org.openqa.selenium.Keys.ENTER);
            b.waitForText("Accepter cette offre ?");
            WebElement confirm = b.driver.findElement(By.xpath(
                    "//vaadin-button[contains(normalize-space(.), 'Oui, j’accepte')]"));
            for (int i = 0; i < 6 && !Boolean.TRUE.equals(b.js(
                    "return document.activeElement === arguments[0]", confirm)); i++) {
                b.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
            }
            b.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
            b.waitForVaadin();
            b.waitForText("Accord conclu le");
        }

        void withdraw() {
            b.click("Je reviens sur mon acceptation");
            b.waitForText("Vous avez dénoncé l’accord le");
        }

        String letterHref() {
            return b.button("Télécharger la lettre de dénonciation").getAttribute("href");
        }
    }
}
