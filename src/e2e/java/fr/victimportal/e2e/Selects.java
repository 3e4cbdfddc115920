package fr.victimportal.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Vaadin selects, as a person uses them: open the list, click the item. */
final class Selects {

    private Selects() {}

    /** Opens {@code select} and clicks its item whose text is {@code item}. */
    static void choose(Browser b, WebElement select, String item) {
        b.js("arguments[0].scrollIntoView({block: 'center'})", select);
        select.click();
        WebElement option = new WebDriverWait(b.driver, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> d
                        .findElements(By.xpath(
                                "//vaadin-select-item[normalize-space(.) = " + Browser.xpathLiteral(item) + "]"))
                        .stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        // on a phone the list is still scrolling into place when it shows: the item brought to the middle first
        b.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", option);
        b.waitForVaadin();
    }
}
