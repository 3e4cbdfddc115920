package fr.victimportal.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver (no download), in French, at one viewport, with helpers that
 * find Vaadin's fields by their visible label and buttons by their text, as a user does.
 */
final class Browser implements AutoCloseable {

    /** A phone and a desktop, the two viewports of every journey. */
    enum Viewport {
        PHONE(390, 844),
        DESKTOP(1366, 768);

        final int width;
        final int height;

        Viewport(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    /**
     * How often a wait looks again: Selenium's default, 500 ms, made each click or page that was not ready at the
     * first look cost half a second more; every journey waits for Vaadin hundreds of times.
     */
    static final Duration POLL = Duration.ofMillis(100);

    final ChromeDriver driver;
    final Viewport viewport;
    final Path downloads;
    private final PortalJar portal;
    private final WebDriverWait wait;

    Browser(PortalJar portal, Viewport viewport) throws IOException {
        this.portal = portal;
        this.viewport = viewport;
        this.downloads = Files.createTempDirectory("vp-e2e-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--disable-dev-shm-usage",
                "--lang=fr-FR",
                "--user-data-dir=" + Files.createTempDirectory("vp-e2e-chromium-"),
                "--window-size=" + viewport.width + "," + viewport.height);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages",
                        "fr-FR,fr",
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(viewport.width, viewport.height));
        // the page's viewport itself at the exact size (a headless window's frame would otherwise take some height),
        // and on the phone a mobile device: touch, device-width meta viewport
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        viewport.width,
                        "height",
                        viewport.height,
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        viewport == Viewport.PHONE));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20), POLL);
    }

    /** The page's viewport at another size (the smallest phones are 360 px wide). */
    void resizeViewport(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", viewport == Viewport.PHONE));
        waitForVaadin();
    }

    void open(String path) {
        driver.get(portal.url(path));
        waitForVaadin();
    }

    /** Until Vaadin has no request in flight and the page's view is rendered. */
    /** Waits until the browser has left a page whose address contains {@code path} (e.g. after signing in). */
    void waitToLeave(String path) {
        wait.until(d -> !URI.create(d.getCurrentUrl()).getPath().startsWith(path));
        waitForVaadin();
    }

    /** Waits until the browser is on a page whose address starts with {@code path}. */
    void waitToReach(String path) {
        try {
            wait.until(d -> URI.create(d.getCurrentUrl()).getPath().startsWith(path));
        } catch (TimeoutException late) {
            throw failure("never reached " + path, late);
        }
    }

    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(js("""
                if (document.readyState !== 'complete') return false;
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) return true;
                return Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The text of the page (Vaadin renders labels and values in the light DOM). */
    String text() {
        // scrolled-away parts of the content area included; French number spacing (no-break spaces) as plain spaces
        return ((String) js("return document.body.innerText"))
                .replace('\u00a0', ' ')
                .replace('\u202f', ' ');
    }

    void waitForText(String text) {
        try {
            wait.until(d -> text().contains(text));
        } catch (TimeoutException e) {
            throw failure("\"" + text + "\" never showed", e);
        }
    }

    /** A failure with a screenshot and the page's text, so a red CI run says what the user saw. */
    AssertionError failure(String what, Exception cause) {
        String file;
        try {
            file = screenshot("failure-" + System.currentTimeMillis()).toString();
        } catch (IOException | RuntimeException e) {
            file = "(no screenshot: " + e.getMessage() + ")";
        }
        return new AssertionError(
                what + " at " + driver.getCurrentUrl() + "; screenshot " + file + "; page text: "
                        + text().replace('\n', ' '),
                cause);
    }

    /** Waits for the text; if an error notification shows instead, fails with what it says. */
    void waitForTextOrFail(String text) {
        try {
            waitForTextOrError(text);
        } catch (TimeoutException e) {
            throw failure("\"" + text + "\" never showed", e);
        }
    }

    private void waitForTextOrError(String text) {
        wait.until(d -> {
            String shown = (String) js("return [...document.querySelectorAll('vaadin-notification-card[theme~=error]')]"
                    + ".map(c => c.innerText).join(' | ')");
            if (shown != null && !shown.isBlank() && !text().contains(text)) {
                throw new AssertionError("Expected \"" + text + "\" but the page says: " + shown);
            }
            return text().contains(text);
        });
    }

    /**
     * A date picker's value, as the component holds it (ISO), then the change event Vaadin listens to: on a phone the
     * picker opens a full-screen calendar on focus, which a typed date would have to go through.
     */
    void setDate(String label, String iso) {
        WebElement picker = wait.until(d -> d
                .findElements(By.xpath("//vaadin-date-picker[./label[contains(" + "normalize-space(.), "
                        + xpathLiteral(label) + ")]]"))
                .stream()
                .findFirst()
                .orElse(null));
        js(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                picker,
                iso);
        waitForVaadin();
    }

    /**
     * Opens the calendar of the date picker labelled {@code label}, as a click on its toggle would, and waits until
     * its months are drawn; returns the calendar's visible text (month names, weekdays, buttons).
     */
    String openCalendar(String label) {
        WebElement picker = wait.until(d -> d
                .findElements(By.xpath("//vaadin-date-picker[./label[contains(" + "normalize-space(.), "
                        + xpathLiteral(label) + ")]]"))
                .stream()
                .findFirst()
                .orElse(null));
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].open();", picker);
        wait.until(d -> Boolean.TRUE.equals(js(
                "const c = arguments[0].querySelector("
                        + "'vaadin-date-picker-overlay-content'); return !!c && arguments[0].opened"
                        + " && c.querySelectorAll('vaadin-month-calendar').length + (c.shadowRoot ? c.shadowRoot"
                        + ".querySelectorAll('vaadin-month-calendar').length : 0) > 0;",
                picker)));
        waitForVaadin();
        return String.valueOf(js(
                "const c = arguments[0].querySelector('vaadin-date-picker-overlay-content');"
                        + " const months = [...c.querySelectorAll('vaadin-month-calendar'), ...(c.shadowRoot ? c.shadowRoot"
                        + ".querySelectorAll('vaadin-month-calendar') : [])];"
                        + " return months.map(m => m.shadowRoot ? m.shadowRoot.textContent : '').join(' ') + ' '"
                        + " + c.textContent;",
                picker));
    }

    /** Closes the date picker labelled {@code label}. */
    void closeCalendar(String label) {
        WebElement picker = driver.findElement(By.xpath(
                "//vaadin-date-picker[./label[contains(" + "normalize-space(.), " + xpathLiteral(label) + ")]]"));
        js("arguments[0].close();", picker);
    }

    /** The input of the Vaadin field whose label contains {@code label}. */
    WebElement field(String label) {
        return wait.until(d -> d
                .findElements(By.xpath(
                        "//*[starts-with(local-name(), 'vaadin-') and ./label[" + "contains(normalize-space(.), "
                                + xpathLiteral(label) + ")]]//*[self::input or self::textarea]"))
                .stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    void type(String label, String value) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }

    /** Types {@code typed} into the combo box labelled {@code label}, then clicks the suggestion holding {@code item}. */
    void choose(String label, String typed, String item) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(typed);
        WebElement option = wait.until(d -> d
                .findElements(
                        By.xpath("//vaadin-combo-box-item[contains(normalize-space(.), " + xpathLiteral(item) + ")]"))
                .stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
        option.click();
        waitForVaadin();
    }

    /**
     * A Vaadin button (or link) whose visible text contains {@code text}; the drawer's menu links are left out (the
     * menu is plain HTML since issue 25, and "Calculer" would else find "Calculer mes délais" before the button).
     */
    WebElement button(String text) {
        return wait.until(d -> d
                .findElements(By.xpath("//vaadin-button[contains(normalize-space(.), " + xpathLiteral(text)
                        + ")] | //a[contains(normalize-space(.), " + xpathLiteral(text)
                        + ")][not(ancestor::nav[contains(@class, 'portal-menu')])]"))
                .stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    void click(String text) {
        WebElement b = button(text);
        js("arguments[0].scrollIntoView({block: 'center'})", b);
        b.click();
        waitForVaadin();
    }

    /** The radio button or checkbox labelled {@code label}. */
    void check(String label) {
        WebElement box = wait.until(d -> d
                .findElements(By.xpath("//*[(local-name()='vaadin-radio-button' or "
                        + "local-name()='vaadin-checkbox') and ./label[contains(normalize-space(.), "
                        + xpathLiteral(label)
                        + ")]]//input"))
                .stream()
                .findFirst()
                .orElse(null));
        js("arguments[0].scrollIntoView({block: 'center'})", box);
        js("arguments[0].click()", box);
        waitForVaadin();
    }

    /** Fails when the page scrolls sideways (WCAG 1.4.10 reflow at 320–360 px wide). */
    long horizontalOverflow() {
        return ((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .longValue();
    }

    Path screenshot(String name) throws IOException {
        Path out = Path.of(System.getProperty("e2e.out", "target/e2e"), "screenshots");
        Files.createDirectories(out);
        Path file = out.resolve(name + "-" + viewport.width + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
