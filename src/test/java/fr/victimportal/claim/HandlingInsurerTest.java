package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.ProcedureFacts;
import fr.victimportal.claim.model.Representation;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.claim.ui.DashboardView;
import fr.victimportal.claim.ui.InsurerView;
import fr.victimportal.insurer.Insurers;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The victim addresses the claim to one insurer: chosen in the declaration by searching the list, required to send,
 * shown on the dashboard, changeable until that insurer has acted (its agent opened the claim), and the agents who
 * opened it are shown with their insurer.
 */
class HandlingInsurerTest extends KaribuTest {

    static final String TEST_INSURER = "Assurances d’essai (fictif, démonstration)";

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ClaimInsurers claimInsurers;

    @Autowired
    private ClaimConsultations consultations;

    @Autowired
    private AccountService accounts;

    @Autowired
    private Insurers insurers;

    @Autowired
    private JdbcTemplate jdbc;

    private long insurer;
    private String victim;

    @BeforeEach
    void aVictimAndTheTestInsurer() {
        insurer = fixtures.insurer();
        victim = fixtures.newUser(Role.VICTIM, "Inès Garnier");
    }

    /** A draft filled in up to the dates, with the vehicle's insurer as typed by the victim, and no insurer chosen. */
    private String draft(String email, String vehicleInsurer) {
        return fixtures.as(email, () -> {
            String ref = claims.startOrResumeDeclaration();
            long v = claims.saveDeclarant(ref, claims.open(ref).version(), Representation.NONE);
            v = claims.saveAccident(ref, v, ClaimFixtures.accident(LocalDate.of(2026, 10, 5), VictimRole.PEDESTRIAN));
            v = claims.saveSituation(ref, v, ClaimFixtures.situation(LocalDate.of(1984, 5, 12)));
            v = claims.saveVehicles(
                    ref, v, List.of(new VehicleDetails("Voiture grise", "AB-123-CD", vehicleInsurer, "C-1", false)));
            claims.saveDates(ref, v, new ProcedureDates(null, null, null, null));
            return ref;
        });
    }

    private Long handlingInsurerOf(String ref) {
        return jdbc.queryForObject("select handling_insurer_id from claim where reference = ?", Long.class, ref);
    }

    private String agentOf(long insurerId, String name) {
        String email = "agent-" + UUID.randomUUID() + "@example.org";
        accounts.attachToInsurer(
                accounts.create(email, ClaimFixtures.PASSWORD, name, Role.AGENT, Locale.FRENCH), insurerId);
        return email;
    }

    @Test
    void theVictimFindsTheInsurerByTypingConfirmsTheSuggestionAndTheReviewShowsIt() {
        String ref = draft(victim, "Assurances d’essai");
        openAs(victim, "declaration/" + ref + "/3");
        assertThat(page())
                .contains(
                        "À quel assureur adressez-vous votre demande ?",
                        "l’assureur du véhicule impliqué dans l’accident",
                        "la garantie du conducteur",
                        "le Fonds de garantie (FGAO), si le conducteur responsable est inconnu");
        assertThat(InsurerPicker.suggestions(InsurerPicker.DECLARATION, "essai"))
                .contains(TEST_INSURER);
        assertThat(InsurerPicker.suggestions(InsurerPicker.DECLARATION, "fonds de garantie"))
                .containsExactly("Fonds de garantie des assurances obligatoires de dommages (FGAO)");
        ComboBox<?> field = InsurerPicker.field(InsurerPicker.DECLARATION);
        assertThat(field.getValue())
                .as("a suggestion is never chosen for the victim")
                .isNull();

        // the vehicle's insurer matches one of the list: suggested, and chosen only when the victim confirms
        assertThat(page()).contains("L’assureur que vous avez indiqué pour un véhicule figure dans la liste");
        Button take = _get(Button.class, b -> b.withText("Choisir cet organisme"));
        assertThat(take.getAriaLabel()).contains("Choisir " + TEST_INSURER);
        _click(take);
        assertThat(field.getValue()).isNotNull();
        WhoFillsIn.next();
        assertThat(handlingInsurerOf(ref)).isEqualTo(insurer);
        assertThat(_get(H2.class, h -> h.withText("Les dates"))).isNotNull();
        WhoFillsIn.next();
        assertThat(page()).contains("Assureur qui traite la demande", TEST_INSURER);
        _click(_get(Button.class, b -> b.withText("Envoyer ma déclaration")));
        assertThat(jdbc.queryForObject("select status from claim where reference = ?", String.class, ref))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void whenNobodyInsuredAnswersTheFundIsSuggested() {
        String ref = draft(victim, "");
        fixtures.as(
                victim,
                () -> claims.saveResponsible(
                        ref, claims.open(ref).version(), fr.victimportal.deadline.Responsible.UNKNOWN));
        openAs(victim, "declaration/" + ref + "/3");
        assertThat(page()).contains("c’est en général le fonds de garantie qui indemnise");
        assertThat(page()).contains("Fonds de garantie des assurances obligatoires de dommages (FGAO)");
        _click(_get(Button.class, b -> b.withText("Choisir cet organisme")));
        WhoFillsIn.next();
        assertThat(handlingInsurerOf(ref)).isEqualTo(insurers.fund().id());
    }

    @Test
    void sendingWithoutAnInsurerIsRefusedOnTheFieldAndNothingChanges() {
        String ref = draft(victim, "");
        openAs(victim, "declaration/" + ref + "/5");
        assertThat(page()).contains("Assureur qui traite la demande");
        _click(_get(Button.class, b -> b.withText("Envoyer ma déclaration")));
        NotificationsKt.expectNotifications(
                "Choisissez l’assureur à qui vous adressez votre demande avant d’envoyer la déclaration.");
        assertThat(_get(H2.class, h -> h.withText("Les véhicules"))).isNotNull();
        ComboBox<?> field = InsurerPicker.field(InsurerPicker.DECLARATION);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage())
                .isEqualTo("Choisissez l’assureur à qui vous adressez votre demande avant d’envoyer la déclaration.");
        assertThat(jdbc.queryForObject("select status from claim where reference = ?", String.class, ref))
                .isEqualTo("DRAFT");
        assertThat(handlingInsurerOf(ref)).isNull();
    }

    @Test
    void theOwnerChangesTheInsurerOnTheDashboardUntilItActsThenOnlyTheInsurerMayTransfer() {
        long other = fixtures.insurer("TEST-INSURER-BIS", "Mutuelle bis d’essai");
        String ref =
                fixtures.submittedClaim(victim, LocalDate.of(2026, 10, 5), new ProcedureDates(null, null, null, null));
        openAs(victim, "dossier/" + ref);
        assertThat(page())
                .contains("Qui traite votre dossier", "Votre dossier est traité par l’assureur " + TEST_INSURER);
        // the dashboard links to the insurer's page, where the form is
        assertThat(_find(ComboBox.class))
                .as("no insurer search on the dashboard")
                .isEmpty();
        UI.getCurrent().navigate(changeLink());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(InsurerView.class);
        assertThat(page()).contains("Assureur du dossier " + ref, "Changer d’assureur");

        // nothing chosen: refused on the field, nothing changes
        _click(_get(Button.class, b -> b.withText("Adresser mon dossier à cet assureur")));
        assertThat(InsurerPicker.field("Nouvel assureur").getErrorMessage())
                .isEqualTo("Choisissez l’assureur dans la liste : rien n’a été changé.");
        assertThat(handlingInsurerOf(ref)).isEqualTo(insurer);

        InsurerPicker.pick("Nouvel assureur", "bis", "Mutuelle bis d’essai");
        _click(_get(Button.class, b -> b.withText("Adresser mon dossier à cet assureur")));
        NotificationsKt.expectNotifications("Votre dossier est maintenant adressé à l’assureur choisi.");
        assertThat(handlingInsurerOf(ref)).isEqualTo(other);
        assertThat(UI.getCurrent().getCurrentView()).as("back on the dashboard").isInstanceOf(DashboardView.class);
        _get(Details.class, d -> d.withClasses("revision-history")).setOpened(true);
        assertThat(page())
                .contains("Votre dossier est traité par l’assureur Mutuelle bis d’essai (fictif, démonstration).")
                .contains("Assureur : « Assurances d’essai » → « Mutuelle bis d’essai »");

        // the new insurer's agent opens the claim: the insurer has acted, the victim can no longer move it
        String agent = agentOf(other, "Hugo Lemaire");
        fixtures.as(agent, () -> {
            consultations.recordOpening(ref, ClaimConsultations.Reason.PHONE_CALL);
            return null;
        });
        UI.getCurrent().navigate("dossier/" + ref);
        assertThat(page())
                .contains("vous ne pouvez plus changer d’assureur vous-même")
                .contains("seul cet assureur peut transmettre votre dossier à un autre")
                .doesNotContain("Adresser mon dossier à cet assureur");
        assertThat(_find(Anchor.class, a -> a.withText("Changer d’assureur"))).isEmpty();
        long version = claims.open(ref).version();
        assertThatThrownBy(() -> claimInsurers.choose(ref, version, insurer))
                .isInstanceOf(UserInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "claim.insurer.error.acted");
        assertThat(handlingInsurerOf(ref)).isEqualTo(other);

        // the consultations panel names the agent and their insurer
        assertThat(text(_get(com.vaadin.flow.component.html.Section.class, s -> s.withClasses("consultations"))))
                .contains("Hugo Lemaire (agent de l’assureur) · Mutuelle bis d’essai");

        // the insurer's page typed into the address bar says the same, without the form
        UI.getCurrent().navigate("dossier/" + ref + "/assureur");
        assertThat(page()).contains("vous ne pouvez plus changer d’assureur vous-même");
        assertThat(_find(Button.class, b -> b.withText("Adresser mon dossier à cet assureur")))
                .isEmpty();
        assertThat(_find(ComboBox.class)).isEmpty();
    }

    /** The dashboard's link to the insurer's page, as the owner reads it. */
    private static String changeLink() {
        return _get(Anchor.class, a -> a.withText("Changer d’assureur")).getHref();
    }

    @Test
    void aChangeFromAStaleSecondTabIsRefusedWithTheWarningAndChangesNothing() {
        long other = fixtures.insurer("TEST-INSURER-BIS", "Mutuelle bis d’essai");
        long third = fixtures.insurer("TEST-INSURER-TER", "Mutuelle ter d’essai");
        String ref =
                fixtures.submittedClaim(victim, LocalDate.of(2026, 10, 5), new ProcedureDates(null, null, null, null));
        openAs(victim, "dossier/" + ref);
        UI.getCurrent().navigate(changeLink());
        InsurerPicker.pick("Nouvel assureur", "ter", "Mutuelle ter d’essai");
        // another tab addresses it to the other insurer first
        fixtures.as(victim, () -> claimInsurers.choose(ref, claims.open(ref).version(), other));
        _click(_get(Button.class, b -> b.withText("Adresser mon dossier à cet assureur")));
        NotificationsKt.expectNotifications(
                "Ce dossier a été modifié entre-temps, peut-être dans un autre onglet : rien"
                        + " n’a été enregistré ici. Rechargez la page pour voir la dernière version.");
        assertThat(handlingInsurerOf(ref)).isEqualTo(other).isNotEqualTo(third);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(InsurerView.class);
    }

    @Test
    void aFactTheInsurersAgentRecordsSettlesTheChoiceOfInsurer() {
        String ref =
                fixtures.submittedClaim(victim, LocalDate.of(2026, 10, 5), new ProcedureDates(null, null, null, null));
        String agent = fixtures.newUser(Role.AGENT, "Hugo Lemaire");
        fixtures.as(
                agent,
                () -> claims.saveProcedureFacts(
                        ref,
                        claims.open(ref).version(),
                        new ProcedureFacts(LocalDate.of(2026, 10, 20), true, false, false, null, false)));
        assertThat(jdbc.queryForObject("select insurer_acted_at from claim where reference = ?", Object.class, ref))
                .isNotNull();
        long other = fixtures.insurer("TEST-INSURER-BIS", "Mutuelle bis d’essai");
        assertThatThrownBy(() -> fixtures.as(
                        victim, () -> claimInsurers.choose(ref, claims.open(ref).version(), other)))
                .isInstanceOf(UserInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "claim.insurer.error.acted");
        assertThat(handlingInsurerOf(ref)).isEqualTo(insurer);
    }

    @Test
    void theFundIsNamedAsSuchOnTheDashboard() {
        String ref =
                fixtures.submittedClaim(victim, LocalDate.of(2026, 10, 5), new ProcedureDates(null, null, null, null));
        fixtures.as(
                victim,
                () -> claimInsurers.choose(
                        ref, claims.open(ref).version(), insurers.fund().id()));
        openAs(victim, "dossier/" + ref);
        assertThat(page()).contains("Votre dossier est traité par le fonds de garantie : Fonds de garantie");
    }

    @Test
    void inEnglishTheDashboardSaysWhoHandlesTheClaimAndTheRefusalIsInEnglish() {
        String english = "victim-" + UUID.randomUUID() + "@example.org";
        accounts.create(english, ClaimFixtures.PASSWORD, "Jane Walker", Role.VICTIM, Locale.ENGLISH);
        String ref =
                fixtures.submittedClaim(english, LocalDate.of(2026, 10, 5), new ProcedureDates(null, null, null, null));
        String agent = fixtures.newUser(Role.AGENT, "Hugo Lemaire");
        fixtures.as(agent, () -> {
            consultations.recordOpening(ref, ClaimConsultations.Reason.EMAIL);
            return null;
        });
        startUi(Locale.ENGLISH);
        openAs(english, "dossier/" + ref);
        assertThat(page())
                .contains("Who handles your claim")
                .contains("Your claim is handled by the insurer Assurances d’essai (fictitious, demonstration).")
                .contains("you can no longer change insurer yourself")
                .contains("Hugo Lemaire (insurer’s agent) · Assurances d’essai");
        UI.getCurrent().navigate("dossier/" + ref + "/assureur");
        assertThat(page())
                .contains("Insurer of claim " + ref)
                .contains("Your claim is handled by the insurer Assurances d’essai")
                .contains("you can no longer change insurer yourself");
        String draft = draft(english, "");
        UI.getCurrent().navigate("declaration/" + draft + "/5");
        _click(_get(Button.class, b -> b.withText("Send my declaration")));
        NotificationsKt.expectNotifications(
                "Choose the insurer you are addressing your claim to before sending the declaration.");
        assertThat(page()).contains("Which insurer are you addressing your claim to?");
        assertThat(InsurerPicker.field("Insurer handling the claim").getErrorMessage())
                .isEqualTo("Choose the insurer you are addressing your claim to before sending the declaration.");
    }
}
