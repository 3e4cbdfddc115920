package fr.victimportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page objects of a claim's messages and document requests (/dossier/{ref}/messages) and of the dashboard's
 * "Messages" block that leads there, in the words the screens show.
 */
final class MessagesPages {

    private MessagesPages() {}

    /** The dashboard's "Messages" block: unread messages, open requests with the first due date, the link. */
    record DashboardBlock(Browser b) {
        String text() {
            b.waitForText("Ouvrir la messagerie");
            return ((String) b.js("return arguments[0].innerText", block()))
                    .replace('\u00a0', ' ')
                    .replace('\u202f', ' ');
        }

        void openThread() {
            WebElement link =
                    block().findElement(By.xpath(".//a[contains(normalize-space(.), 'Ouvrir la messagerie')]"));
            b.js("arguments[0].scrollIntoView({block: 'center'})", link);
            link.click();
            b.waitToReach("/dossier/");
            b.waitForTextOrFail("Messages et demandes de documents");
        }

        private WebElement block() {
            return b.driver.findElement(By.cssSelector("section.messages-summary"));
        }
    }

    /** /dossier/{ref}/messages: the agent's form, the requests as cards, the thread. */
    record Messages(Browser b) {
        void open(String reference) {
            b.open("/dossier/" + reference + "/messages");
            b.waitForTextOrFail("Messages et demandes de documents — " + reference);
        }

        /** The agent asks for an item of the list, says why and by when, and sends the request. */
        void request(String item, String reason, LocalDate due) {
            WebElement select = b.driver.findElement(By.id("request-item"));
            Selects.choose(b, select, item);
            assertThat(select.getText()).as("the item chosen").contains(item);
            WebElement why = b.driver.findElement(By.cssSelector("#request-reason textarea"));
            why.clear();
            why.sendKeys(reason);
            b.setDate("À fournir avant le", due.toString());
            b.click("Envoyer la demande");
            b.waitForTextOrFail("Demande envoyée.");
            b.waitForTextOrFail("Pourquoi : " + reason);
        }

        /** The card of the request whose heading is {@code item}. */
        WebElement card(String item) {
            return b.driver.findElement(
                    By.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' request-card ')]"
                            + "[./h3[normalize-space(.) = " + Browser.xpathLiteral(item) + "]]"));
        }

        /** The card of {@code item} at the top of the screen (for its screenshot). */
        void scrollTo(String item) {
            b.js("arguments[0].scrollIntoView({block: 'start'})", card(item));
        }

        /** What the card of {@code item} says (no-break spaces as plain spaces). */
        String cardText(String item) {
            return ((String) b.js("return arguments[0].innerText", card(item)))
                    .replace('\u00a0', ' ')
                    .replace('\u202f', ' ');
        }

        /** On the card of {@code item}: "Envoyer un fichier", the file chosen, its title and date, "Transmettre". */
        void answerWithFile(String item, Path file, String title, LocalDate date) {
            clickIn(item, ".answer-upload");
            WebElement upload = new WebDriverWait(b.driver, Duration.ofSeconds(10), Browser.POLL)
                    .until(d -> card(item).findElements(By.cssSelector("vaadin-upload")).stream()
                            .findFirst()
                            .orElse(null));
            WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream()
                    .findFirst()
                    .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(file.toString());
            b.waitForTextOrFail("Transmettre ce fichier");
            WebElement titleInput = card(item)
                    .findElement(
                            By.xpath(".//vaadin-text-field[./label[contains(normalize-space(.), 'Titre')]]//input"));
            titleInput.clear();
            titleInput.sendKeys(title);
            WebElement picker = card(item)
                    .findElement(By.xpath(
                            ".//vaadin-date-picker[./label[contains(normalize-space(.), 'Date du document')]]"));
            b.js(
                    "arguments[0].value = arguments[1];"
                            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                    picker,
                    date.toString());
            b.waitForVaadin();
            b.click("Transmettre ce fichier");
            b.waitForTextOrFail("Réponse enregistrée.");
        }

        /** On the card of {@code item}: "Je ne transmets pas ce document", which opens the reason's field. */
        void startRefusal(String item) {
            clickIn(item, ".answer-refuse");
            b.waitForText("Pourquoi vous ne transmettez pas ce document");
        }

        /** The reason typed, then "Confirmer mon refus". */
        void confirmRefusal(String item, String reason) {
            WebElement area = card(item)
                    .findElement(
                            By.xpath(
                                    ".//vaadin-text-area[./label[contains(normalize-space(.), 'Pourquoi vous ne transmettez pas')]]//textarea"));
            area.clear();
            area.sendKeys(reason);
            b.click("Confirmer mon refus");
            b.waitForTextOrFail("Réponse enregistrée.");
        }

        private void clickIn(String item, String css) {
            WebElement button = card(item).findElement(By.cssSelector(css));
            b.js("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
            b.waitForVaadin();
        }
    }
}
