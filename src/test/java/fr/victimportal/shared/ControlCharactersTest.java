package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import fr.victimportal.IntegrationTest;
import fr.victimportal.account.AccountLinks;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.AccidentDetails;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.doctor.DoctorDirectory;
import fr.victimportal.doctor.EntryInput;
import fr.victimportal.doctor.Specialty;
import fr.victimportal.mandate.Mandates;
import fr.victimportal.mandate.Standing;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.medical.UploadOutcome;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A line break or another control character in a one-line field (a name, a place, a title) is refused with a clear
 * message, and nothing is stored: it would otherwise split a mail header, a calendar line or an export row.
 */
class ControlCharactersTest extends IntegrationTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private AccountLinks links;

    @Autowired
    private AccountService accounts;

    @Autowired
    private ClaimService claims;

    @Autowired
    private Mandates mandates;

    @Autowired
    private DoctorDirectory directory;

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private MedicalDocuments documents;

    @Autowired
    private I18NProvider i18n;

    private static void refused(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(SingleLine.MESSAGE_KEY);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void theMessageSaysTheFieldHoldsASingleLineInBothLanguages() {
        assertThat(i18n.getTranslation(SingleLine.MESSAGE_KEY, Locale.FRENCH))
                .startsWith("Ce champ tient sur une seule ligne : retirez les retours à la ligne");
        assertThat(i18n.getTranslation(SingleLine.MESSAGE_KEY, Locale.ENGLISH))
                .startsWith("This field holds a single line: remove line breaks");
    }

    @Test
    void aNameWithALineBreakIsRefusedAtSignUpAndOnTheAccountPage() {
        String email = "saut-" + UUID.randomUUID() + "@example.org";
        refused(
                () -> links.signUp(
                        email, "Jean Dupont\r\nBcc: tous@example.org", ClaimFixtures.PASSWORD, Locale.FRENCH),
                "name");
        assertThat(accounts.exists(email)).as("no account created").isFalse();

        String victim = fixtures.newUser(Role.VICTIM, "Léa Garnier");
        refused(
                () -> fixtures.as(victim, () -> {
                    accounts.updateMyProfile("Léa\nGarnier", Locale.FRENCH);
                    return null;
                }),
                "name");
        refused(
                () -> fixtures.as(victim, () -> {
                    accounts.updateMyProfile("Léa\u0000Garnier", Locale.FRENCH);
                    return null;
                }),
                "name");
        assertThat(fixtures.as(victim, accounts::myProfile).displayName()).isEqualTo("Léa Garnier");
    }

    @Test
    void aPlaceOrANameWithALineBreakIsRefusedInTheDeclarationAndTheMultiLineDescriptionKeepsItsLines() {
        String victim = fixtures.newUser(Role.VICTIM, "Marc Petit");
        String reference = fixtures.as(victim, claims::startOrResumeDeclaration);
        long version = fixtures.as(victim, () -> claims.open(reference).version());
        LocalDate day = LocalDate.of(2026, 10, 5);
        refused(
                () -> fixtures.as(
                        victim,
                        () -> claims.saveAccident(
                                reference,
                                version,
                                new AccidentDetails(
                                        day,
                                        LocalTime.of(17, 30),
                                        false,
                                        "Bordeaux\rMérignac",
                                        "33",
                                        null,
                                        "Renversé",
                                        VictimRole.PEDESTRIAN,
                                        "PV-1"))),
                "commune");
        refused(
                () -> fixtures.as(
                        victim,
                        () -> claims.saveAccident(
                                reference,
                                version,
                                new AccidentDetails(
                                        day,
                                        LocalTime.of(17, 30),
                                        false,
                                        "Bordeaux",
                                        "33",
                                        null,
                                        "Renversé",
                                        VictimRole.PEDESTRIAN,
                                        "PV-1\n2"))),
                "policeReport");
        assertThat(fixtures.as(victim, () -> claims.open(reference).version()))
                .as("nothing saved")
                .isEqualTo(version);

        long saved = fixtures.as(
                victim,
                () -> claims.saveAccident(
                        reference,
                        version,
                        new AccidentDetails(
                                day,
                                LocalTime.of(17, 30),
                                false,
                                "Bordeaux",
                                "33",
                                null,
                                "Renversé sur le passage piéton.\r\nDeux témoins.",
                                VictimRole.PEDESTRIAN,
                                "PV-1")));
        assertThat(saved).isGreaterThan(version);
        assertThat(fixtures.as(victim, () -> claims.open(reference).accident().description()))
                .contains("\n")
                .contains("Deux témoins.");
    }

    @Test
    void aCaseworkersOrAnAssociationsNameWithALineBreakIsRefusedInAMandate() {
        String victim = fixtures.newUser(Role.VICTIM, "Paul Girard");
        String reference = fixtures.submittedClaim(
                victim,
                LocalDate.of(2026, 10, 5),
                new ProcedureDates(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 10), null, null));
        var scope = EnumSet.of(HelperScope.DOCUMENTS);
        LocalDate until = LocalDate.now(clock).plusMonths(6);
        String helper = "asso-" + UUID.randomUUID() + "@example.org";
        refused(
                () -> fixtures.as(
                        victim,
                        () -> mandates.sign(
                                reference,
                                new Mandates.MandateInput(
                                        "Léa\nMartin",
                                        helper,
                                        "Asso",
                                        "W751234567",
                                        Standing.FAMILY,
                                        scope,
                                        until,
                                        "Paul Girard",
                                        true),
                                Locale.FRENCH)),
                "caseworkerName");
        refused(
                () -> fixtures.as(
                        victim,
                        () -> mandates.sign(
                                reference,
                                new Mandates.MandateInput(
                                        "Léa Martin",
                                        helper,
                                        "Asso\u000bdes victimes",
                                        "W751234567",
                                        Standing.FAMILY,
                                        scope,
                                        until,
                                        "Paul Girard",
                                        true),
                                Locale.FRENCH)),
                "associationName");
        assertThat(fixtures.as(victim, () -> mandates.ofClaim(reference)))
                .as("no mandate")
                .isEmpty();
    }

    @Test
    void aDoctorsNameOrCityWithALineBreakIsRefusedInTheDirectory() {
        String agent = fixtures.newUser(Role.AGENT, "Agent Test");
        refused(
                () -> fixtures.as(
                        agent,
                        () -> directory.save(
                                null,
                                0,
                                new EntryInput(
                                        "Dr Anne\r\nMoreau",
                                        List.of(Specialty.DAMAGE_ASSESSMENT),
                                        "33",
                                        "Bordeaux",
                                        List.of("fr"),
                                        false,
                                        null,
                                        null,
                                        "anne.moreau@example.org"))),
                "name");
        refused(
                () -> fixtures.as(
                        agent,
                        () -> directory.save(
                                null,
                                0,
                                new EntryInput(
                                        "Dr Anne Moreau",
                                        List.of(Specialty.DAMAGE_ASSESSMENT),
                                        "33",
                                        "Bor\ndeaux",
                                        List.of("fr"),
                                        false,
                                        null,
                                        null,
                                        "anne.moreau@example.org"))),
                "city");
    }

    @Test
    void aDocumentTitleWithALineBreakIsRefusedByFileName() {
        var cast = medical.claimWithParticipants();
        List<UploadOutcome> outcomes = fixtures.as(
                cast.victim(),
                () -> documents.upload(
                        cast.reference(),
                        List.of(new NewDocument(
                                "certificat.pdf",
                                TestFiles.pdf(),
                                DocumentClass.MEDICAL_CARE,
                                DocumentType.HOSPITAL_REPORT,
                                LocalDate.of(2026, 10, 6),
                                "Compte rendu\rdes urgences"))));
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.stored()).isFalse();
            assertThat(o.refusalKey()).isEqualTo("medical.upload.error.titleLine");
        });
        assertThat(i18n.getTranslation("medical.upload.error.titleLine", Locale.FRENCH, "certificat.pdf"))
                .isEqualTo("« certificat.pdf » : le titre tient sur une seule ligne ; retirez les retours à la ligne"
                        + " et les caractères invisibles.");
    }
}
