package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.DriverResponsibility;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.claim.ui.DashboardView;
import fr.victimportal.claim.ui.DeclarationView;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A victim declares an accident through the real wizard; the database is checked after each step. */
class DeclarationWizardTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private JdbcTemplate jdbc;

    private String victim;

    @BeforeEach
    void signInANewVictim() {
        fixtures.insurer();
        victim = fixtures.newUser(Role.VICTIM, "Inès Garnier");
        login(victim, ClaimFixtures.PASSWORD);
    }

    private Map<String, Object> row() {
        return DeclarationReads.claimOwnedBy(jdbc, victim);
    }

    private String heading() {
        return DeclarationReads.wizardHeading();
    }

    private void fillAccident(LocalDate date) {
        HasValueUtilsKt._setValue(_get(DatePicker.class, s -> s.withLabel("Date de l’accident")), date);
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Commune")), "Pessac");
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Département")), "33");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VictimRole> role =
                _get(RadioButtonGroup.class, s -> s.withLabel("Pendant l’accident, vous étiez"));
        HasValueUtilsKt._setValue(role, VictimRole.CYCLIST);
    }

    private void next() {
        _click(_get(Button.class, b -> b.withText("Enregistrer et continuer")));
    }

    @Test
    void aNewVictimStartsTheDeclarationFromMyFile() {
        UI.getCurrent().navigate("mon-dossier");
        _click(_get(Button.class, b -> b.withText("Déclarer mon accident")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DeclarationView.class);
        assertThat(heading()).as("who fills in the claim is asked first").isEqualTo("Qui remplit cette déclaration ?");
        assertThat(row().get("DECLARANT_ASKED")).isEqualTo(false);
        WhoFillsIn.theVictim();
        assertThat(row().get("DECLARANT_ASKED")).isEqualTo(true);
        assertThat(heading()).isEqualTo("L’accident");
        assertThat(_get(Paragraph.class, p -> p.withClasses("step-progress")).getText())
                .isEqualTo("Étape 1 sur 5");
        assertThat(row().get("STATUS")).isEqualTo("DRAFT");
    }

    @Test
    void anAccidentDateInTheFutureIsRefusedAndNothingIsSaved() {
        UI.getCurrent().navigate("declaration");
        WhoFillsIn.theVictim();
        fillAccident(LocalDate.of(2026, 11, 24));
        next();
        DatePicker date = _get(DatePicker.class, s -> s.withLabel("Date de l’accident"));
        assertThat(date.isInvalid()).isTrue();
        assertThat(heading()).isEqualTo("L’accident");
        assertThat(row().get("ACCIDENT_DATE")).isNull();
        assertThat(row().get("WIZARD_STEP")).isEqualTo(1);
    }

    @Test
    void aMissingRoleIsRefusedWithAMessage() {
        UI.getCurrent().navigate("declaration");
        WhoFillsIn.theVictim();
        HasValueUtilsKt._setValue(
                _get(DatePicker.class, s -> s.withLabel("Date de l’accident")), LocalDate.of(2026, 10, 5));
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Commune")), "Pessac");
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Département")), "33");
        next();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VictimRole> role =
                _get(RadioButtonGroup.class, s -> s.withLabel("Pendant l’accident, vous étiez"));
        assertThat(role.isInvalid()).isTrue();
        assertThat(role.getErrorMessage()).isEqualTo("Choisissez votre situation pendant l’accident.");
        assertThat(row().get("ACCIDENT_DATE")).isNull();
    }

    @Test
    void anUnknownDepartmentIsRefusedByTheServiceNextToItsField() {
        UI.getCurrent().navigate("declaration");
        WhoFillsIn.theVictim();
        fillAccident(LocalDate.of(2026, 10, 5));
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Département")), "20");
        next();
        TextField department = _get(TextField.class, s -> s.withLabel("Département"));
        assertThat(department.isInvalid()).isTrue();
        assertThat(department.getErrorMessage()).isEqualTo("Numéro de département inconnu (ex. : 75, 2A, 971).");
        assertThat(row().get("ACCIDENT_DATE")).isNull();
    }

    @Test
    void eachStepIsSavedSoAClosedTabLosesNothing() {
        UI.getCurrent().navigate("declaration");
        WhoFillsIn.theVictim();
        fillAccident(LocalDate.of(2026, 10, 5));
        next();
        assertThat(heading()).isEqualTo("Votre situation");
        assertThat(row().get("ACCIDENT_DATE").toString()).isEqualTo("2026-10-05");
        assertThat(row().get("WIZARD_STEP")).isEqualTo(2);

        startUi(Locale.FRENCH); // the tab is closed and a new one opened
        openAs(victim, "mon-dossier");
        assertThat(heading()).isEqualTo("Votre situation");
        UI.getCurrent().navigate("declaration/" + row().get("REFERENCE") + "/1");
        assertThat(_get(TextField.class, s -> s.withLabel("Commune")).getValue())
                .isEqualTo("Pessac");
    }

    @Test
    void theWholeWizardEndsWithASubmittedClaimAndItsDashboard() {
        UI.getCurrent().navigate("declaration");
        WhoFillsIn.theVictim();
        fillAccident(LocalDate.of(2026, 10, 5));
        next();
        HasValueUtilsKt._setValue(
                _get(DatePicker.class, s -> s.withLabel("Votre date de naissance")), LocalDate.of(1950, 2, 1));
        next();
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Immatriculation")), "GH-456-JK");
        InsurerPicker.testInsurer();
        next();
        HasValueUtilsKt._setValue(
                _get(DatePicker.class, s -> s.withLabel("Date à laquelle l’assureur a été informé de l’accident")),
                LocalDate.of(2026, 10, 7));
        next();
        assertThat(heading()).isEqualTo("Vérifier et envoyer");
        assertThat(_find(ListItem.class))
                .extracting(li -> li.getElement().getTextRecursively())
                .anyMatch(t -> t.startsWith("Comme vous aviez plus de 70 ans, vous êtes indemnisé(e) dans tous les cas")
                        && t.contains("Loi n° 85-677 du 5 juillet 1985, art. 3"));

        _click(_get(Button.class, b -> b.withText("Envoyer ma déclaration")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(row().get("STATUS")).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from claim_vehicle v join claim c on c.id = v.claim_id "
                                + "where c.reference = ? and v.registration = 'GH-456-JK'",
                        Integer.class,
                        row().get("REFERENCE")))
                .isEqualTo(1);
    }

    @Test
    void aSecondSubmitIsRefusedAndChangesNothing() {
        String ref =
                fixtures.submittedClaim(victim, LocalDate.of(2026, 10, 5), new ProcedureDates(null, null, null, null));
        Object submittedAt = row().get("SUBMITTED_AT");
        ClaimService claims = applicationContext.getBean(ClaimService.class);
        long version = claims.open(ref).version();
        Assertions.assertThatThrownBy(() -> claims.submit(ref, version))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("claim.error.alreadySubmitted");
        assertThat(row().get("SUBMITTED_AT")).isEqualTo(submittedAt);
    }

    @Test
    void aSecondTabSavingStaleDataIsToldAndDoesNotOverwrite() {
        UI.getCurrent().navigate("declaration");
        WhoFillsIn.theVictim();
        fillAccident(LocalDate.of(2026, 10, 5));
        next();
        String ref = row().get("REFERENCE").toString();
        UI.getCurrent().navigate("declaration/" + ref + "/1"); // tab A shows version n

        ClaimService claims = applicationContext.getBean(ClaimService.class); // tab B saves first
        claims.saveAccident(
                ref,
                claims.open(ref).version(),
                ClaimFixtures.accident(LocalDate.of(2026, 10, 6), VictimRole.PEDESTRIAN));

        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Commune")), "Talence");
        next();
        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .anyMatch(t -> t.startsWith("Ce dossier a été modifié entre-temps"));
        assertThat(row().get("COMMUNE")).isEqualTo("Bordeaux");
        assertThat(row().get("ACCIDENT_DATE").toString()).isEqualTo("2026-10-06");
    }

    @Test
    void aCorrectionAfterSubmissionIsKeptInTheHistory() {
        String ref =
                fixtures.submittedClaim(victim, LocalDate.of(2026, 10, 5), new ProcedureDates(null, null, null, null));
        UI.getCurrent().navigate("declaration/" + ref + "/1");
        assertThat(_find(H1.class).get(0).getText()).isEqualTo("Corriger ma déclaration");
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Commune")), "Mérignac");
        next();

        assertThat(jdbc.queryForObject(
                        "select changes from claim_revision r join claim c on c.id = r.claim_id "
                                + "where c.reference = ?",
                        String.class,
                        ref))
                .contains("commune")
                .contains("Mérignac");
        UI.getCurrent().navigate("dossier/" + ref);
        Details history = _get(Details.class, d -> d.withClasses("revision-history"));
        assertThat(history.getSummaryText()).isEqualTo("Historique des corrections (1)");
        assertThat(StaticCards.texts(".revision-list li li")).isEmpty(); // written when opened
        history.setOpened(true);
        assertThat(StaticCards.texts(".revision-list li li")).contains("Commune : « Bordeaux » → « Mérignac »");
    }

    @Test
    void aDriverIsAskedAboutResponsibilityAndTheGuarantee() {
        UI.getCurrent().navigate("declaration");
        WhoFillsIn.theVictim();
        fillAccident(LocalDate.of(2026, 10, 5));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VictimRole> role =
                _get(RadioButtonGroup.class, s -> s.withLabel("Pendant l’accident, vous étiez"));
        HasValueUtilsKt._setValue(role, VictimRole.DRIVER);
        next();
        HasValueUtilsKt._setValue(
                _get(DatePicker.class, s -> s.withLabel("Votre date de naissance")), LocalDate.of(1990, 2, 1));
        next();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DriverResponsibility> responsibility =
                _get(RadioButtonGroup.class, s -> s.withLabel("Votre part de responsabilité, selon vous"));
        assertThat(responsibility.isInvalid()).as("a driver must say").isTrue();
        assertThat(row().get("BIRTH_DATE")).isNull();
        assertThat(_find(
                        Checkbox.class,
                        s -> s.withLabel("J’avais déjà un titre d’invalidité ou d’incapacité d’au moins 80 %")))
                .hasSize(1);
    }
}
