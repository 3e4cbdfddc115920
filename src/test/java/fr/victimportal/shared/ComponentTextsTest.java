package fr.victimportal.shared;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import fr.victimportal.offer.OfferFixtures;
import fr.victimportal.shared.ui.ComponentTexts;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Vaadin components' built-in texts come from the portal's translations, each role reads its own
 * words on the offer page (item 10), and long labels and the demo outbox columns wrap at 360 px (item 8).
 */
class ComponentTextsTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private OfferFixtures offers;

    @Autowired
    private Outbox outbox;

    @Autowired
    private PortalUserDetailsService users;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void aDatePickerOnAFrenchPageSpeaksFrenchStartsOnMondayAndTakesDayMonthYear() {
        UI.getCurrent().navigate("delais");
        DatePicker date = _get(DatePicker.class, d -> d.withLabel("Date de l’événement"));
        DatePicker.DatePickerI18n i18n = date.getI18n();
        assertThat(i18n).as("the calculator's date field is translated").isNotNull();
        assertThat(i18n.getMonthNames()).startsWith("janvier", "février").endsWith("décembre");
        assertThat(i18n.getWeekdays()).startsWith("dimanche", "lundi");
        assertThat(i18n.getWeekdaysShort()).startsWith("dim.", "lun.");
        assertThat(i18n.getFirstDayOfWeek()).as("Monday first").isEqualTo(1);
        assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(i18n.getToday()).isEqualTo("Aujourd’hui");
        assertThat(i18n.getCancel()).isEqualTo("Annuler");
        assertThat(i18n.getBadInputErrorMessage())
                .isEqualTo("Date non reconnue : écrivez-la sous la forme jj/mm/aaaa.");
        assertThat(date.getPlaceholder()).isEqualTo("jj/mm/aaaa");
    }

    @Test
    void anEnglishPageGetsEnglishNamesInTheSameDayMonthYearOrder() {
        startUi(Locale.ENGLISH);
        UI.getCurrent().navigate("delais");
        DatePicker.DatePickerI18n i18n =
                _get(DatePicker.class, d -> d.withLabel("Date of the event")).getI18n();
        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy");
    }

    @Test
    void aTimeFieldTheMenuAndItsDrawerAreTranslatedWithoutTheViewAskingForIt() {
        String victim = fixtures.newUser(Role.VICTIM, "Inès Colin");
        String ref = fixtures.submittedClaim(
                victim, LocalDate.of(2026, 10, 5), new ProcedureDates(LocalDate.of(2026, 10, 20), null, null, null));
        openAs(victim, "dossier/" + ref + "/examen");
        TimePicker time = _get(TimePicker.class, t -> t.withLabel("Heure de l’examen"));
        assertThat(time.getI18n().getBadInputErrorMessage())
                .isEqualTo("Heure non reconnue : écrivez-la sous la forme hh:mm, par exemple 14:30.");
        assertThat(_get(AppLayout.class).getI18n().getDrawer()).isEqualTo("Menu du portail");
        assertThat(StaticCards.elements("nav.portal-menu").getFirst().attr("aria-label"))
                .isEqualTo("Navigation principale");
    }

    @Test
    void aDatePickerBuiltOutsideFieldsIsTranslatedByTheCentralHelper() {
        DatePicker bare = new DatePicker();
        UI.getCurrent().add(bare);
        ComponentTexts.localize(UI.getCurrent());
        assertThat(bare.getI18n().getMonthNames().get(0)).isEqualTo("janvier");
    }

    @Test
    void everyPageCarriesTheScriptThatMakesTheOpenCalendarPassAxe() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inscription"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("__vpCalendarA11y", "tr[part~=\"weekdays\"]", "aria-controls");
    }

    @Test
    void aCaseworkerReadsThatTheVictimHasFifteenDaysNotThatTheyMayChangeTheirMind() {
        OfferFixtures.Victim v = offers.victim("Jeanne Morin");
        offers.record(v, OfferFixtures.complete(LocalDate.of(2026, 6, 1), OfferFixtures.typicalHeads()));
        String helper = offers.helperOf(v);
        openAs(helper, "dossier/" + v.reference() + "/offre");
        assertThat(StaticCards.only("p.withdrawal-right"))
                .startsWith("Après avoir accepté, la victime dispose de 15 jours");

        logout();
        openAs(v.email(), "dossier/" + v.reference() + "/offre");
        assertThat(StaticCards.only("p.withdrawal-right")).startsWith("Après avoir accepté, vous avez 15 jours");
    }

    @Test
    void theDemoOutboxColumnsStartNarrowGrowAndWrap() throws IOException {
        String agent = fixtures.newUser(Role.AGENT, "Agent Courriels", DemoModeGuard.DEMO_DOMAIN);
        long agentId = users.loadUserByUsername(agent).id();
        new TransactionTemplate(transactions)
                .executeWithoutResult(t -> outbox.enqueue(Mail.notice(
                        agentId,
                        MailMessage.subject("dashboard.title", "VP-TEST").build(),
                        "wording-outbox-" + agent)));
        openAs(agent, "demo/courriels");
        Grid<?> grid = _get(Grid.class);
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        assertThat(grid.getColumns())
                .hasSize(4)
                .allSatisfy(c -> assertThat(c.getWidth()).isEqualTo("4.5rem"));
        // the date column gives way on a phone; the open mail still says when it was written
        assertThat(LocatorJ._find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Écrit le "));
        // labels and the offer-entry heads wrap instead of ending in an ellipsis (frontend/styles/portal.css)
        String css;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/styles/portal.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(css)
                .contains(
                        "vaadin-text-area, vaadin-email-field",
                        "::part(label) {\n    white-space: normal;",
                        "vaadin-details-summary {\n    white-space: normal;",
                        ".demo-outbox-grid vaadin-grid-cell-content");
    }
}
