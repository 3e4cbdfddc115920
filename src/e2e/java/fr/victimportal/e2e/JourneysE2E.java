package fr.victimportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.e2e.Browser.Viewport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * The journeys a victim takes, in Debian's headless Chromium against the production jar, on a phone and on a
 * desktop, in French. Every page visited is checked with axe-core (serious or critical violations fail the journey)
 * and for sideways scrolling; screenshots go to target/e2e/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysE2E {

    private static final PortalJar PORTAL = PortalJar.get();

    /** axe and reflow on the page now shown; a screenshot under {@code name}. */
    static void checkPage(Browser b, String name) throws Exception {
        b.screenshot(name);
        assertThat(Axe.check(b, name))
                .as("serious or critical accessibility violations on " + name)
                .isEmpty();
        if (b.viewport == Viewport.PHONE) {
            assertThat(b.horizontalOverflow())
                    .as("sideways scrolling on " + name + " at 390 px")
                    .isLessThanOrEqualTo(0);
            b.resizeViewport(360, Viewport.PHONE.height);
            assertThat(b.horizontalOverflow())
                    .as("sideways scrolling on " + name + " at 360 px")
                    .isLessThanOrEqualTo(0);
            b.resizeViewport(Viewport.PHONE.width, Viewport.PHONE.height);
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    @Order(1)
    void anyoneComputesTheirDeadlinesWithoutSigningIn(Viewport viewport) throws Exception {
        try (Browser b = new Browser(PORTAL, viewport)) {
            new Pages.Calculator(b).compute("2025-04-23");
            b.waitForText("Prévenir l’assureur du véhicule impliqué");
            assertThat(b.text()).contains("R211-29", "L211-9");
            assertThat(b.driver.getCurrentUrl()).as("no sign-in asked").endsWith("/delais");
            checkPage(b, "calculator");
            // every date field's open calendar: French names, and no critical axe violation
            assertThat(b.openCalendar("Date de l’événement")).contains("avril", "lun.", "Aujourd’hui", "Annuler");
            b.screenshot("calculator-calendar");
            assertThat(Axe.check(b, "calculator-calendar"))
                    .as("serious or critical violations on an open calendar")
                    .isEmpty();
            b.closeCalendar("Date de l’événement");
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    @Order(2)
    void aNewVictimSignsUpConfirmsTheirAddressFromTheMailAndSignsIn(Viewport viewport) throws Exception {
        String email = "nouvelle-" + viewport.width + "-" + System.nanoTime() + "@demo.victim-portal.fr";
        String password = "Une phrase longue et secrète";
        try (Browser b = new Browser(PORTAL, viewport)) {
            b.driver.manage().deleteAllCookies();
            new Pages.SignUp(b).create("Lina Moreau", email, password);
            checkPage(b, "sign-up-sent");

            // no SMTP server here: the demo outbox shows the mail the portal wrote, with its link
            new Pages.Login(b).open().signIn(Pages.AGENT, Pages.AGENT_PASSWORD);
            String link = new Pages.DemoOutbox(b).firstLinkTo(email);
            assertThat(link).startsWith("/confirmer/");

            b.driver.manage().deleteAllCookies();
            b.open(link);
            b.waitForText("Votre adresse est confirmée");
            checkPage(b, "email-confirmed");
            new Pages.Login(b).open().signIn(email, password);
            b.open("/mon-dossier");
            b.click("Déclarer mon accident");
            Pages.Declaration declaration = new Pages.Declaration(b);
            declaration.filledInByTheVictim();
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
            if (viewport == Viewport.DESKTOP) {
                declaration.accidentWithKeyboard(today.minusDays(20));
            } else {
                declaration.accident(today.minusDays(20));
            }
            declaration.rest(today.minusDays(15));
            assertThat(b.text()).contains("Dossier VP-", "R211-29", "L211-9");
            checkPage(b, "new-claim-dashboard");
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    @Order(2)
    void aVictimWhoseClaimWasSettledSeesTheirSettledAggravationAndTheTenYearsOfEach(Viewport viewport)
            throws Exception {
        try (Browser b = new Browser(PORTAL, viewport)) {
            new Pages.Login(b).open().signIn(Pages.SETTLED_VICTIM, Pages.SETTLED_VICTIM_PASSWORD);
            new ClaimPages.Aggravation(b).open(Pages.SETTLED_CLAIM);
            assertThat(b.text())
                    .contains(
                            "Aggravation n° 1, déclarée le",
                            "Réglée",
                            "Aggravation consolidée le",
                            "C. civ. art. 2226",
                            "La loi ne dit pas clairement si l’assureur doit faire son offre",
                            "Déclarer une aggravation");
            checkPage(b, "aggravation-settled");
            // the settled aggravation itself, further down the page
            b.js("document.querySelector('.aggravation-item').scrollIntoView()");
            b.screenshot("aggravation-settled-item");
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    @Order(2)
    void theVictimSearchesTheDirectoryForAnAssistingDoctorNearThem(Viewport viewport) throws Exception {
        try (Browser b = new Browser(PORTAL, viewport)) {
            new Pages.Login(b).open().signIn(Pages.VICTIM, Pages.VICTIM_PASSWORD);
            b.open("/medecins");
            b.waitForTextOrFail("Médecins-conseils de victimes");
            assertThat(b.text()).contains("40 médecins correspondent.", "(fictif)", "Honoraires");
            checkPage(b, "doctor-directory");
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    @Order(2)
    void theVictimSignsInAndSeesTheirDeadlinesWithTheirArticles(Viewport viewport) throws Exception {
        try (Browser b = new Browser(PORTAL, viewport)) {
            Pages.Login login = new Pages.Login(b).open();
            checkPage(b, "login");
            login.failSignIn(Pages.VICTIM, "pas-le-bon-mot-de-passe");
            assertThat(b.driver
                            .findElement(By.cssSelector("input[name=username]"))
                            .getAttribute("value"))
                    .as("the address typed comes back")
                    .isEqualTo(Pages.VICTIM);
            assertThat(b.driver.switchTo().activeElement().getAttribute("name"))
                    .as("only the password is left to type")
                    .isEqualTo("password");
            checkPage(b, "login-failed");
            login.signIn(Pages.VICTIM, Pages.VICTIM_PASSWORD);
            String reference = new Pages.Dashboard(b).openMine();
            b.waitForText("Vos dates");
            assertThat(b.text()).contains("Dossier " + reference, "R211-29", "L211-9");
            checkPage(b, "dashboard");
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    @Order(5)
    void theVictimMandatesACaseworkerWhoAcceptsSeesTheMemberAndIsCutOffWhenTheVictimRevokes(Viewport viewport)
            throws Exception {
        String helper =
                "aide-" + viewport.name().toLowerCase(Locale.ROOT) + "-" + System.nanoTime() + "@demo.victim-portal.fr";
        try (Browser b = new Browser(PORTAL, viewport)) {
            new Pages.Login(b).open().signIn(Pages.VICTIM, Pages.VICTIM_PASSWORD);
            String reference = new Pages.Dashboard(b).openMine();
            ClaimPages.Mandates mandates = new ClaimPages.Mandates(b);
            mandates.open(reference);
            mandates.sign("Nora Aide", helper, "Camille Martin");
            mandates.open(reference); // from the top: what no mandate allows, then the mandates signed
            checkPage(b, "mandates");

            // the link the caseworker receives (read from the demo outbox: no SMTP server here)
            new Pages.Login(b).open().signIn(Pages.AGENT, Pages.AGENT_PASSWORD);
            String link = new Pages.DemoOutbox(b).firstLinkTo(helper);
            assertThat(link).startsWith("/mandat/");
            b.driver.manage().deleteAllCookies();
            b.open(link);
            b.waitForTextOrFail("Camille Martin vous donne mandat");
            checkPage(b, "mandate-invitation");
            b.type("Mot de passe", "Une-phrase-pour-l-association");
            b.click("Accepter le mandat");
            b.waitForTextOrFail("vous accompagnez désormais cette personne");

            new Pages.Login(b).open().signIn(helper, "Une-phrase-pour-l-association");
            b.open("/adherents");
            b.waitForTextOrFail("Camille Martin · dossier " + reference);
            checkPage(b, "members");
            b.open("/dossier/" + reference);
            b.waitForTextOrFail("Dossier " + reference);

            // meanwhile, in the victim's own browser: the caseworker's opening is shown, and the victim revokes
            try (Browser victim = new Browser(PORTAL, viewport)) {
                new Pages.Login(victim).open().signIn(Pages.VICTIM, Pages.VICTIM_PASSWORD);
                victim.open("/dossier/" + reference);
                victim.waitForTextOrFail("Qui a consulté mon dossier");
                assertThat(victim.text())
                        .as("the caseworker's opening is shown to the victim")
                        .contains("Nora Aide");
                ClaimPages.Mandates theirs = new ClaimPages.Mandates(victim);
                theirs.open(reference);
                theirs.revokeNewest();
                checkPage(victim, "mandate-revoked");
                victim.open("/mon-compte");
                victim.waitForTextOrFail("Télécharger mes données (ZIP)");
                checkPage(victim, "account");
            }

            // the caseworker's page is still open: their next click finds their session ended
            b.click("Voir ou saisir l’offre de l’assureur");
            b.waitToReach("/login");
            new Pages.Login(b).open().signIn(helper, "Une-phrase-pour-l-association");
            b.open("/adherents");
            b.waitForTextOrFail("Aucun mandat en cours.");
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    @Order(3)
    void anAgentRecordsTheExamNoticeAndTheOfferTheVictimAcceptsWithTheKeyboardThenWithdrawsAndGetsTheLetter(
            Viewport viewport) throws Exception {
        try (Browser b = new Browser(PORTAL, viewport)) {
            new Pages.Login(b).open().signIn(Pages.VICTIM, Pages.VICTIM_PASSWORD);
            String reference = new Pages.Dashboard(b).openMine();

            new Pages.Login(b).open().signIn(Pages.AGENT, Pages.AGENT_PASSWORD);
            new Pages.ConsultationReason(b).give(reference);
            checkPage(b, "agent-reason-given");
            ClaimPages.Examination exam = new ClaimPages.Examination(b);
            exam.open(reference);
            exam.recordShortNotice("Dr Paul Girard");
            ClaimPages.OfferRecord record = new ClaimPages.OfferRecord(b);
            record.open(reference);
            checkPage(b, "offer-record");
            record.general("Assurances du Sud");
            record.head("Souffrances endurées", "3500", "3");
            record.head("Déficit fonctionnel permanent", "9000", null);
            record.save();
            assertThat(b.text()).contains("12 500,00");

            new Pages.Login(b).open().signIn(Pages.VICTIM, Pages.VICTIM_PASSWORD);
            exam.open(reference);
            assertThat(b.text())
                    .contains(
                            "L’avis vous est parvenu trop tard",
                            "Vous pouvez donc refuser de vous rendre à cet examen",
                            "R211-44");
            b.js("window.scrollTo(0, 0)");
            checkPage(b, "exam-late-notice");
            ClaimPages.Offer offer = new ClaimPages.Offer(b);
            offer.open(reference);
            assertThat(b.text()).contains("Souffrances endurées", "Déficit fonctionnel permanent", "L211-16");
            checkPage(b, "offer-review");
            offer.acceptWithKeyboard();
            // 15 days, or a few more when the fifteenth falls on a weekend or a holiday (CPC 642)
            assertThat(b.text())
                    .contains("Vous pouvez dénoncer la transaction (revenir sur votre accord) jusqu’au")
                    .containsPattern("encore 1[5-9] jours");
            checkPage(b, "withdrawal-countdown");
            // the victim prepares the letter (a real PDF), sends it, then records the sending
            String letter = offer.prepareLetter();
            String cookies = b.driver.manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create(b.driver.getCurrentUrl()).resolve(letter))
                                    .header("Cookie", cookies)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            offer.withdraw();
            assertThat(b.text()).contains("la lettre recommandée a été envoyée le");
            checkPage(b, "withdrawn");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF-");
        }
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    @Order(4)
    void theVictimUploadsTwoDocumentsSharesOneAndTheDoctorSeesOnlyThatOne(Viewport viewport) throws Exception {
        String shared = "ordonnance-e2e-" + viewport.width;
        String kept = "radio-e2e-" + viewport.width;
        Path dir = Files.createTempDirectory("vp-e2e-files-");
        List<Path> files = List.of(png(dir, shared, Color.BLUE), png(dir, kept, Color.RED));
        try (Browser b = new Browser(PORTAL, viewport)) {
            new Pages.Login(b).open().signIn(Pages.VICTIM, Pages.VICTIM_PASSWORD);
            String reference = new Pages.Dashboard(b).openMine();
            ClaimPages.Documents documents = new ClaimPages.Documents(b);
            documents.open(reference);
            documents.upload(files);
            b.waitForText("Partager avec Dr Hélène Roussel");
            documents.share(shared, "Dr Hélène Roussel");
            b.waitForText("Dr Hélène Roussel peut");
            checkPage(b, "documents");

            new Pages.Login(b).open().signIn(Pages.DOCTOR, Pages.DOCTOR_PASSWORD);
            b.open("/documents-partages");
            b.waitForText("Documents partagés avec moi");
            assertThat(b.text()).contains(shared).doesNotContain(kept);
            checkPage(b, "shared-with-doctor");
        }
    }

    /** A real PNG (the server checks the type from the bytes), different for each name. */
    private static Path png(Path dir, String name, Color color) throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 120, 80);
        g.dispose();
        Path file = dir.resolve(name + ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @AfterAll
    static void report() throws Exception {
        Axe.writeReport();
    }
}
