package fr.victimportal.e2e;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Page objects: what a user does on each screen, in the words the screen shows. */
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
            pw.sendKeys(Keys.ENTER);
            // the sign-in's redirect must land before the next address is opened, or it would win the race
            b.waitToLeave("/login");
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
            next();
            b.setDate("Date à laquelle l’assureur a été informé de l’accident", insurerInformed.toString());
            next();
            b.waitForText("Vérifier et envoyer");
            b.click("Envoyer ma déclaration");
            b.waitForTextOrFail("Vos dates");
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
