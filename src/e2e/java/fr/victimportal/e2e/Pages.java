package fr.victimportal.e2e;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Page objects: what a user does on each screen, in the words the screen shows. Here the screens around a claim
 * (signing in and up, the dashboard, the calculator, the declaration, the agent's reason, the demo outbox) and the
 * demo accounts; a claim's own screens (/dossier/{ref}/...) are in {@link ClaimPages}.
 */
final class Pages {

    private Pages() {}

    static final String VICTIM = "victime@demo.victim-portal.fr";
    static final String VICTIM_PASSWORD = "Victime-demo-2026";
    /** The demo victim whose claim was settled and then reopened for an aggravation, itself settled. */
    static final String SETTLED_VICTIM = "victime.aggravation@demo.victim-portal.fr";

    static final String SETTLED_VICTIM_PASSWORD = "Aggravation-demo-2026";
    static final String SETTLED_CLAIM = "VP-DEMO-AGGR";
    static final String DOCTOR = "medecin@demo.victim-portal.fr";
    static final String DOCTOR_PASSWORD = "Medecin-demo-2026";
    static final String AGENT = "agent@demo.victim-portal.fr";
    static final String AGENT_PASSWORD = "Agent-demo-2026";
    /** The demo agent of the other demo insurer (DEMO-RHONE), who must never see DEMO-SUD's claims. */
    static final String RHONE_AGENT = "agent.rhone@demo.victim-portal.fr";

    static final String RHONE_AGENT_PASSWORD = "Agent-rhone-2026";
    /** The demo agent's insurer, as the declaration's insurer list shows it. */
    static final String SOUTH_INSURER = "Assurances du Sud (fictif";

    /** /login: a plain HTML form outside Vaadin (issue 25); a real form post, so the password manager works. */
    record Login(Browser b) {
        Login open() {
            b.driver.manage().deleteAllCookies();
            b.open("/login");
            return this;
        }

        void signIn(String email, String password) {
            WebElement address = b.driver.findElement(By.cssSelector("input[name=username]"));
            address.clear(); // after a failure the page gives the address typed back
            address.sendKeys(email);
            WebElement pw = b.driver.findElement(By.cssSelector("input[name=password]"));
            pw.sendKeys(password);
            pw.sendKeys(Keys.ENTER);
            // the sign-in's redirect must land before the next address is opened, or it would win the race
            b.waitToLeave("/login");
        }

        /** A wrong password: the page comes back with its alert, the address given back and the password focused. */
        void failSignIn(String email, String wrongPassword) {
            b.driver.findElement(By.cssSelector("input[name=username]")).sendKeys(email);
            WebElement pw = b.driver.findElement(By.cssSelector("input[name=password]"));
            pw.sendKeys(wrongPassword);
            pw.sendKeys(Keys.ENTER);
            b.waitForText("Adresse e-mail ou mot de passe incorrect");
        }
    }

    /** The victim's claim dashboard (/mon-dossier leads to /dossier/{reference}). */
    record Dashboard(Browser b) {
        /** Opens the victim's own claim; returns its reference, read from the address the portal went to. */
        String openMine() {
            b.open("/mon-dossier");
            b.waitForText("Dossier VP-");
            // the address may carry the query the sign-in added (?continue): the reference is the last path segment
            String path = URI.create(b.driver.getCurrentUrl()).getPath();
            return path.substring(path.lastIndexOf('/') + 1);
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

    /** /agent/motif/{ref}: the reason an agent gives before opening a victim's claim, once per session. */
    record ConsultationReason(Browser b) {
        void give(String reference) {
            b.open("/dossier/" + reference);
            b.waitForTextOrFail("Pourquoi ouvrez-vous le dossier " + reference);
            b.check("Suivi du dossier");
            b.click("Ouvrir le dossier");
            b.waitForTextOrFail("Dossier " + reference);
        }
    }

    /** /agent/dossiers: the agent's queue and search. */
    record AgentSearch(Browser b) {
        void search(String text) {
            b.open("/agent/dossiers");
            b.type("Référence, nom de la victime ou date de l’accident", text);
            b.click("Rechercher");
            b.waitForVaadin();
        }
    }

    /** /inscription: a new victim's account. */
    record SignUp(Browser b) {
        void create(String name, String email, String password) {
            b.open("/inscription");
            b.type("Nom et prénom", name);
            b.type("Adresse électronique", email);
            b.type("Mot de passe", password);
            b.check("J’ai lu comment le portail protège mes données");
            b.click("Créer mon compte");
            b.waitForTextOrFail("Vérifiez vos courriels");
        }
    }

    /** /demo/courriels (demo mode): the mails the portal wrote, with their links made local. */
    record DemoOutbox(Browser b) {
        /** The path of the first link in the newest mail to {@code email}. */
        String firstLinkTo(String email) {
            b.open("/demo/courriels");
            WebElement cell = b.driver.findElement(
                    By.xpath("//vaadin-grid-cell-content[contains(., " + Browser.xpathLiteral(email) + ")]"));
            b.js("arguments[0].scrollIntoView({block: 'center'})", cell);
            cell.click();
            b.waitForVaadin();
            WebElement link = b.driver.findElement(By.xpath("//section[contains(@class, 'demo-mail')]//li/a"));
            return URI.create(link.getDomProperty("href")).getPath();
        }
    }

    /** /declaration: who fills it in, then the five steps, saved at each one. */
    record Declaration(Browser b) {
        /** The first question, "Qui remplit cette déclaration ?": the victim themself. */
        void filledInByTheVictim() {
            b.waitForText("Qui remplit cette déclaration");
            b.check("la victime de l’accident");
            next();
            b.waitForText("Date de l’accident");
        }

        /**
         * Step 1 with the keyboard only: Tab from field to field, type, Space on the radio button, Enter on the
         * button — as someone who cannot use a mouse does. The date is typed as a French user would.
         */
        void accidentWithKeyboard(LocalDate date) {
            WebElement dateInput = b.field("Date de l’accident");
            b.js("arguments[0].focus()", dateInput);
            dateInput.sendKeys(date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            dateInput.sendKeys(Keys.ENTER);
            b.waitForVaadin();
            tabUntil(b.field("Commune"));
            active().sendKeys("Pessac");
            tabUntil(b.field("Département"));
            active().sendKeys("33");
            // a radio group is one Tab stop; the arrow keys move between its choices and select them
            WebElement group = b.driver.findElement(
                    By.xpath("//vaadin-radio-group[./label[contains(., " + "'Pendant l’accident')]]"));
            tabUntil(group);
            for (int i = 0;
                    i < 5
                            && !Boolean.TRUE.equals(b.js(
                                    "return [...arguments[0].querySelectorAll("
                                            + "'vaadin-radio-button')].some(r => r.checked && r.innerText.includes('Cycliste'))",
                                    group));
                    i++) {
                active().sendKeys(Keys.ARROW_RIGHT);
                b.waitForVaadin();
            }
            WebElement next = b.button("Enregistrer et continuer");
            tabUntil(next);
            active().sendKeys(Keys.ENTER);
            b.waitForVaadin();
        }

        void accident(LocalDate date) {
            b.setDate("Date de l’accident", date.toString());
            b.type("Commune", "Pessac");
            b.type("Département", "33");
            b.check("Cycliste");
            next();
        }

        void rest(LocalDate insurerInformed) {
            b.waitForText("Votre date de naissance");
            b.setDate("Votre date de naissance", "1950-02-01");
            next();
            b.type("Immatriculation", "GH-456-JK");
            insurer("Sud", SOUTH_INSURER);
            next();
            b.setDate("Date à laquelle l’assureur a été informé de l’accident", insurerInformed.toString());
            next();
            b.waitForText("Vérifier et envoyer");
            b.click("Envoyer ma déclaration");
            b.waitForTextOrFail("Vos dates");
        }

        /** Step 3: the insurer the claim is addressed to, searched by typing part of its name. */
        void insurer(String typed, String item) {
            b.waitForText("À quel assureur adressez-vous votre demande");
            b.choose("Assureur qui traite la demande", typed, item);
        }

        private void next() {
            b.click("Enregistrer et continuer");
        }

        private WebElement active() {
            return b.driver.switchTo().activeElement();
        }

        /** Presses Tab until {@code target} has the focus (at most 40 times: a trap would fail here). */
        private void tabUntil(WebElement target) {
            for (int i = 0; i < 40; i++) {
                if (Boolean.TRUE.equals(b.js(
                        "return document.activeElement === arguments[0]"
                                + " || arguments[0].contains(document.activeElement)",
                        target))) {
                    return;
                }
                active().sendKeys(Keys.TAB);
            }
            throw b.failure(
                    "the keyboard never reached " + target.getTagName() + " " + target.getDomAttribute("aria-label"),
                    null);
        }
    }
}
