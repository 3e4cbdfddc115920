package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.TestClock;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.ProcedureFacts;
import fr.victimportal.claim.ui.DashboardView;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.NotFoundView;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The claim holds the facts the legal clock needs: the request for compensation (L211-9 al. 1), a
 * third-party payer abroad (R211-35 al. 2), a court expert at the insurer's request (R211-34), the victim's death
 * (R211-30). Recorded by the victim or an agent, kept in the history, fed to the dashboard and the reminders.
 */
class ClaimFactsTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ClaimService claims;

    private String deadline(String titleKey) {
        String title = UI.getCurrent().getTranslation(titleKey);
        return StaticCards.texts("li.deadline").stream()
                .map(ClaimFactsTest::text)
                .filter(t -> t.startsWith(title))
                .findFirst()
                .orElseThrow();
    }

    private List<String> deadlineTitles() {
        return StaticCards.texts("li.deadline").stream()
                .map(ClaimFactsTest::text)
                .toList();
    }

    private List<LocalDate> plannedReminders(String ref, String kind) {
        return jdbc.queryForList(
                "select due_date from reminder where claim_reference = ? and kind = ? " + "and status = 'PLANNED'",
                LocalDate.class,
                ref,
                kind);
    }

    private void tick(String label) {
        HasValueUtilsKt._setValue(_get(Checkbox.class, s -> s.withLabel(label)), true);
    }

    @Test
    void aThirdPartyPayerAbroadPutsTheEightMonthOfferAMonthLaterOnTheDashboardAndInTheReminders() {
        // Accident Mon 2 Mar 2026, insurer told 10 Mar: 8 months = Mon 2 Nov 2026; + 1 month = Wed 2 Dec 2026.
        clock.set(TestClock.paris(2026, 3, 20, 12, 0));
        String victim = fixtures.newUser(Role.VICTIM, "Nadia Roche");
        String ref = fixtures.submittedClaim(
                victim, LocalDate.of(2026, 3, 2), new ProcedureDates(LocalDate.of(2026, 3, 10), null, null, null));
        assertThat(plannedReminders(ref, "OFFER_8M_OVERDUE")).containsExactly(LocalDate.of(2026, 11, 2));

        openAs(victim, "dossier/" + ref);
        assertThat(_find(Anchor.class))
                .extracting(a -> a.getText())
                .contains("Indiquer un fait qui change le délai de l’offre (demande d’indemnisation, décès, expert "
                        + "judiciaire, tiers payeur à l’étranger)");
        UI.getCurrent().navigate("dossier/" + ref + "/faits");
        tick("Un organisme qui vous verse des prestations (tiers payeur) réside outre-mer ou à l’étranger");
        _click(_get(Button.class, b -> b.withText("Enregistrer")));

        assertThat(jdbc.queryForObject("select payer_abroad from claim where reference = ?", Boolean.class, ref))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from claim_revision r join claim c on c.id = r.claim_id "
                                + "where c.reference = ? and r.section = 'facts'",
                        Integer.class,
                        ref))
                .isEqualTo(1);
        // the reminder plan follows the new clock: the 2 Nov reminder is gone, one planned for 2 Dec
        assertThat(plannedReminders(ref, "OFFER_8M_OVERDUE")).containsExactly(LocalDate.of(2026, 12, 2));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(deadline("deadline.OFFER_8M.title")).contains("au plus tard le 2 décembre 2026");
        _get(Details.class, d -> d.withClasses("revision-history")).setOpened(true);
        assertThat(StaticCards.texts(".revision-list li li"))
                .extracting(ClaimFactsTest::text)
                .anyMatch(t -> t.startsWith("Tiers payeur outre-mer ou à l’étranger : « Non » → « Oui »"));
    }

    @Test
    void theRequestForCompensationGivenInTheDeclarationStartsTheThreeMonthOfferOnlyWhenTheDamageIsQuantified() {
        // Accident Tue 1 Sep 2026; the insurer received the request Tue 6 Oct 2026: 3 months = Wed 6 Jan 2027.
        String victim = fixtures.newUser(Role.VICTIM, "Hugo Lambert");
        String ref = fixtures.submittedClaim(
                victim, LocalDate.of(2026, 9, 1), new ProcedureDates(LocalDate.of(2026, 9, 5), null, null, null));
        openAs(victim, "declaration/" + ref + "/4");
        HasValueUtilsKt._setValue(
                _get(
                        DatePicker.class,
                        s -> s.withLabel("Date à laquelle l’assureur a reçu la demande d’indemnisation")),
                LocalDate.of(2026, 10, 6));
        _click(_get(Button.class, b -> b.withText("Enregistrer et continuer")));

        assertThat(jdbc.queryForObject(
                        "select compensation_requested_on from claim where reference = ?", LocalDate.class, ref))
                .isEqualTo(LocalDate.of(2026, 10, 6));
        UI.getCurrent().navigate("dossier/" + ref);
        // liability not contested but the damage not quantified: a reasoned reply, not yet an offer (L211-9 al. 1)
        assertThat(deadline("deadline.REASONED_REPLY_3M.title"))
                .contains("au plus tard le 6 janvier 2027", "L211-9 al. 1");
        assertThat(deadlineTitles())
                .noneMatch(t -> t.startsWith(UI.getCurrent().getTranslation("deadline.OFFER_3M.title")));

        UI.getCurrent().navigate("declaration/" + ref + "/4");
        tick("Votre dommage est entièrement chiffré");
        _click(_get(Button.class, b -> b.withText("Enregistrer et continuer")));
        assertThat(jdbc.queryForObject(
                        "select damage_fully_quantified from claim where reference = ?", Boolean.class, ref))
                .isTrue();
        UI.getCurrent().navigate("dossier/" + ref);
        assertThat(deadline("deadline.OFFER_3M.title")).contains("au plus tard le 6 janvier 2027", "L211-9 al. 1");
        assertThat(jdbc.queryForObject(
                        "select count(*) from claim_revision r join claim c on c.id = r.claim_id "
                                + "where c.reference = ? and r.section = 'facts'",
                        Integer.class,
                        ref))
                .isEqualTo(2);
    }

    @Test
    void anAgentRecordsACourtExpertAndTheOfferDeadlineMovesAMonth() {
        // Accident Mon 2 Mar 2026: 8 months = Mon 2 Nov 2026; R211-34 adds a month: Wed 2 Dec 2026.
        clock.set(TestClock.paris(2026, 6, 1, 12, 0));
        String victim = fixtures.newUser(Role.VICTIM, "Léa Dumas");
        String ref = fixtures.submittedClaim(
                victim, LocalDate.of(2026, 3, 2), new ProcedureDates(LocalDate.of(2026, 3, 10), null, null, null));
        String agent = fixtures.newUser(Role.AGENT, "Karim Agent");
        login(agent, ClaimFixtures.PASSWORD);
        reasonGiven(ref);
        UI.getCurrent().navigate("dossier/" + ref + "/faits");
        tick("Le juge des référés a désigné un expert à la demande de l’assureur");
        // the death is shown here but recorded, with its proof, on the family page only
        DatePicker died = _get(DatePicker.class, s -> s.withLabel("Date du décès de la victime"));
        assertThat(died.isReadOnly()).isTrue();
        assertThat(died.getHelperText()).contains("page « Famille »");
        _click(_get(Button.class, b -> b.withText("Enregistrer")));

        assertThat(jdbc.queryForObject(
                        "select court_expert_on_insurer_request from claim where reference = ?", Boolean.class, ref))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select u.email from claim_revision r join claim c on c.id = r.claim_id "
                                + "join app_user u on u.id = r.revised_by where c.reference = ?",
                        String.class,
                        ref))
                .isEqualTo(agent);
        UI.getCurrent().navigate("dossier/" + ref);
        assertThat(deadline("deadline.OFFER_8M.title")).contains("au plus tard le 2 décembre 2026");
    }

    @Test
    void aDeathIsNeverEnteredAsABareDateAndAFactBeforeTheAccidentIsRefusedNothingSaved() {
        String victim = fixtures.newUser(Role.VICTIM, "Marc Petit");
        String ref =
                fixtures.submittedClaim(victim, LocalDate.of(2026, 9, 1), new ProcedureDates(null, null, null, null));
        long version = fixtures.as(victim, () -> claims.open(ref).version());
        assertThatThrownBy(() -> fixtures.as(
                        victim,
                        () -> claims.saveProcedureFacts(
                                ref,
                                version,
                                new ProcedureFacts(null, false, false, false, LocalDate.of(2026, 10, 1), false))))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("claim.error.deathOnFamilyPage");
        assertThatThrownBy(() -> fixtures.as(
                        victim,
                        () -> claims.saveProcedureFacts(
                                ref,
                                version,
                                new ProcedureFacts(LocalDate.of(2026, 8, 1), false, false, false, null, false))))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("claim.error.beforeAccident");
        assertThat(jdbc.queryForMap(
                        "select victim_died_on, compensation_requested_on from claim where reference = ?", ref))
                .containsEntry("VICTIM_DIED_ON", null)
                .containsEntry("COMPENSATION_REQUESTED_ON", null);
        assertThat(jdbc.queryForObject(
                        "select count(*) from claim_revision r join claim c on c.id = r.claim_id "
                                + "where c.reference = ?",
                        Integer.class,
                        ref))
                .isZero();
    }

    @Test
    void theFactsPageIsNotFoundForAnotherVictimAndRefusedToACaseworkerRole() {
        String victim = fixtures.newUser(Role.VICTIM, "Jeanne Faure");
        String ref =
                fixtures.submittedClaim(victim, LocalDate.of(2026, 9, 1), new ProcedureDates(null, null, null, null));
        openAs(fixtures.newUser(Role.VICTIM, "Autre Victime"), "dossier/" + ref + "/faits");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        startUi(Locale.FRENCH);
        login(fixtures.newUser(Role.HELPER, "Asso"), ClaimFixtures.PASSWORD);
        Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("dossier/" + ref + "/faits"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void someoneWithNoPartInTheClaimCannotRecordTheFacts() {
        String victim = fixtures.newUser(Role.VICTIM, "Anne Roux");
        String ref =
                fixtures.submittedClaim(victim, LocalDate.of(2026, 9, 1), new ProcedureDates(null, null, null, null));
        String stranger = fixtures.newUser(Role.VICTIM, "Autre Victime");
        assertThatThrownBy(() -> fixtures.as(
                        stranger,
                        () -> claims.saveProcedureFacts(
                                ref, 0, new ProcedureFacts(null, false, false, true, null, false))))
                .isInstanceOf(ClaimNotFoundException.class);
        assertThat(jdbc.queryForObject("select payer_abroad from claim where reference = ?", Boolean.class, ref))
                .isFalse();
    }
}
