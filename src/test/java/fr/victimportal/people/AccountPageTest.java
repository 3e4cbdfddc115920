package fr.victimportal.people;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.HttpSignIn;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.PersonalDataExport;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.shared.UserInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The account page: password change ending the other sessions (over real HTTP), the data export, deletion. */
class AccountPageTest extends KaribuTest {

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private AccountService accounts;

    @Autowired
    private PersonalDataExport export;

    @Autowired
    private MedicalDocuments documents;

    private HttpClient signedIn(String email, String password) throws IOException, InterruptedException {
        HttpClient http = HttpSignIn.browser();
        HttpSignIn.signIn(http, port, email, password);
        return http;
    }

    private int status(HttpClient http) throws IOException, InterruptedException {
        return HttpSignIn.status(http, port, "/mon-compte");
    }

    @Test
    void aNewPasswordEndsTheOtherSessionsAndAWrongCurrentOneChangesNothing() throws Exception {
        String email = claims.newUser(Role.VICTIM, "Hugo Martin");
        HttpClient phone = signedIn(email, ClaimFixtures.PASSWORD);
        HttpClient laptop = signedIn(email, ClaimFixtures.PASSWORD);
        assertThat(status(phone)).isEqualTo(200);
        assertThat(status(laptop)).isEqualTo(200);

        openAs(email, "mon-compte");
        assertThat(_get(TextField.class, f -> f.withLabel("Adresse électronique (identifiant)"))
                        .getValue())
                .isEqualTo(email);
        assertThat(page())
                .contains(
                        "Mes informations",
                        "Télécharger mes données (ZIP)",
                        "Ce qui est conservé, et pourquoi",
                        "art. 2226 du Code civil");
        HasValueUtilsKt._setValue(currentPassword(), "pas le bon");
        HasValueUtilsKt._setValue(
                _get(PasswordField.class, f -> f.withLabel("Nouveau mot de passe")), "Une-toute-nouvelle-phrase");
        HasValueUtilsKt._setValue(
                _get(PasswordField.class, f -> f.withLabel("Nouveau mot de passe, une seconde fois")),
                "Une-toute-nouvelle-phrase");
        _click(_get(Button.class, b -> b.withText("Changer le mot de passe")));
        assertThat(currentPassword().getErrorMessage())
                .isEqualTo("Ce n’est pas votre mot de passe actuel : rien n’a été changé.");
        assertThat(status(phone)).as("nothing changed").isEqualTo(200);

        HasValueUtilsKt._setValue(currentPassword(), ClaimFixtures.PASSWORD);
        _click(_get(Button.class, b -> b.withText("Changer le mot de passe")));
        NotificationsKt.expectNotifications("Votre mot de passe est changé. Vos autres sessions sont fermées.");
        long id = accounts.idOf(email).orElseThrow();
        assertThat(status(phone))
                .as("the phone's session ended (epoch now %d)", accounts.sessionEpoch(id))
                .isEqualTo(302);
        assertThat(status(laptop)).as("the laptop's session ended").isEqualTo(302);
        assertThat(status(signedIn(email, "Une-toute-nouvelle-phrase"))).isEqualTo(200);
    }

    @Test
    void theExportHoldsTheAccountTheClaimAndTheDocumentsAndDeletionKeepsOnlyWhatTheLawNeeds() throws Exception {
        String email = claims.newUser(Role.VICTIM, "Inès Roux");
        String ref = claims.submittedClaim(
                email, LocalDate.of(2026, 9, 1), new ProcedureDates(LocalDate.of(2026, 9, 3), null, null, null));
        DocumentType care = Arrays.stream(DocumentType.values())
                .filter(t -> t.usualClass() == DocumentClass.MEDICAL_CARE)
                .findFirst()
                .orElseThrow();
        long doc = claims.as(
                        email,
                        () -> documents.upload(
                                ref,
                                List.of(new NewDocument(
                                        "compte-rendu.pdf",
                                        TestFiles.pdf(),
                                        DocumentClass.MEDICAL_CARE,
                                        care,
                                        LocalDate.of(2026, 9, 2),
                                        "Compte rendu des urgences"))))
                .get(0)
                .documentId();
        Map<String, String> zip = claims.as(email, () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                export.writeMine(bytes);
                return unzip(bytes.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(zip)
                .containsKeys(
                        "LISEZ-MOI.txt",
                        "compte.json",
                        "dossiers/" + ref + "/dossier.json",
                        "dossiers/" + ref + "/documents.json",
                        "dossiers/" + ref + "/historique.json");
        assertThat(zip.get("dossiers/" + ref + "/documents/" + doc + "-compte-rendu.pdf"))
                .as("the file itself")
                .startsWith("%PDF");
        assertThat(zip.get("dossiers/" + ref + "/documents.json")).contains("Compte rendu des urgences");
        assertThat(zip.get("compte.json")).contains("\"email\": \"" + email + "\"", "\"displayName\": \"Inès Roux\"");
        assertThat(zip.get("dossiers/" + ref + "/dossier.json"))
                .contains("\"reference\": \"" + ref + "\"", "\"date\": \"2026-09-01\"");
        assertThat(zip.get("dossiers/" + ref + "/historique.json"))
                .as("the export is in the claim's history")
                .contains("\"action\": \"EXPORT\"");

        assertThatThrownBy(() -> claims.as(email, () -> {
                    accounts.deleteMyAccount("pas le bon");
                    return null;
                }))
                .isInstanceOf(UserInputException.class);
        long id = accounts.idOf(email).orElseThrow();
        claims.as(email, () -> {
            accounts.deleteMyAccount(ClaimFixtures.PASSWORD);
            return null;
        });
        assertThat(accounts.idOf(email)).as("the address is freed").isEmpty();
        assertThat(accounts.sessionEpoch(id)).as("every session ends").isEqualTo(-1);
        assertThat(accounts.displayNames(List.of(id))).containsEntry(id, "—");
        assertThat(status(signedIn(email, ClaimFixtures.PASSWORD)))
                .as("no sign-in any more")
                .isEqualTo(302);
    }

    /** The first "current password" field: the one of the password section (the deletion section has another). */
    private static PasswordField currentPassword() {
        return LocatorJ._find(PasswordField.class, f -> f.withLabel("Mot de passe actuel"))
                .get(0);
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
