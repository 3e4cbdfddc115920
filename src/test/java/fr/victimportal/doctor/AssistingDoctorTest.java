package fr.victimportal.doctor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentSummary;
import fr.victimportal.medical.MedicalConsent;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import fr.victimportal.shared.UserInputException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The victim's choice of an assisting doctor: the invitation at a real SMTP server, the account created from its
 * link, and what each doctor sees before and after a change of doctor (the directory itself: DoctorDirectoryTest).
 */
class AssistingDoctorTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    private static final String PASSWORD = "Une longue phrase de médecin";

    @Autowired
    private DoctorDirectory directory;

    @Autowired
    private AssistingDoctors doctors;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private MedicalDocuments documents;

    @Autowired
    private MedicalConsent consent;

    @Autowired
    private ClaimParticipants participants;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private DirectoryFixtures directoryFixtures;

    @BeforeEach
    void demoDirectory() {
        directoryFixtures.agentWithDemoDirectory();
    }

    /** The invitation link of the last mail to {@code email}. */
    private static String token(String email) {
        return ReceivedMail.last(SMTP, email).linkToken("/invitation-medecin/");
    }

    private DirectoryEntry entry(String nameStart) {
        return directory.search(DirectoryFilter.ALL).stream()
                .filter(e -> e.name().startsWith(nameStart))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theInvitedDoctorCreatesTheirAccountFromTheMailAndSeesExactlyTheDocumentsSharedWithThemBeforeAndAfterAChange() {
        MedicalFixtures.Cast cast = medical.claimWithParticipants();
        long scan = medical.upload(cast, TestFiles.png(), DocumentClass.MEDICAL_CARE, "Radio du genou");
        long letter = medical.upload(cast, TestFiles.pdf(), DocumentClass.MEDICAL_CARE, "Compte rendu opératoire");
        // the cast's doctor was attached directly; the victim now chooses a doctor of the directory instead
        claims.as(cast.victim(), () -> {
            consent.share(scan, medical.id(cast.doctor()));
            return 0;
        });
        assertThat(claims.as(cast.doctor(), () -> documents.sharedWithMe()))
                .extracting(d -> d.document().id())
                .containsExactly(scan);

        DirectoryEntry chosen = entry("Dr Hélène Roussel");
        claims.as(cast.victim(), () -> {
            doctors.choose(cast.reference(), chosen.id(), Locale.FRENCH);
            return 0;
        });
        // the former doctor loses access at once, before the new one has even answered
        assertThat(claims.as(cast.doctor(), () -> documents.sharedWithMe())).isEmpty();
        assertThatThrownBy(() -> claims.as(cast.doctor(), () -> documents.list(cast.reference())))
                .isInstanceOf(ClaimNotFoundException.class);

        MailTesting.deliverAll(delivery);
        List<ReceivedMail> invitation = ReceivedMail.to(SMTP, chosen.email());
        assertThat(invitation)
                .extracting(ReceivedMail::subject)
                .containsExactly("Inès Martin vous invite à l’assister comme médecin-conseil");
        String token = token(chosen.email());
        assertThat(doctors.invitation(token).outcome()).isEqualTo(AssistingDoctors.Outcome.USABLE);
        assertThat(doctors.invitation(token).accountActive()).isFalse();

        // the new doctor sets a password on the invitation page
        UI.getCurrent().navigate("invitation-medecin/" + token);
        assertThat(page()).contains("Créez votre compte de médecin pour l’adresse " + chosen.email());
        HasValueUtilsKt._setValue(_get(PasswordField.class), "court");
        _click(_get(Button.class, b -> b.withText("Accepter l’invitation")));
        assertThat(page()).contains("Choisissez un mot de passe d’au moins 12 caractères");
        HasValueUtilsKt._setValue(_get(PasswordField.class), PASSWORD);
        _click(_get(Button.class, b -> b.withText("Accepter l’invitation")));
        assertThat(page()).contains("C’est fait : vous assistez désormais cette victime");

        assertThat(claims.as(
                        chosen.email(),
                        () -> participants.context(cast.reference()).viewer()))
                .isEqualTo(Relation.DOCTOR);
        assertThat(claims.as(chosen.email(), () -> documents.sharedWithMe()))
                .as("nothing shared with them yet")
                .isEmpty();
        claims.as(cast.victim(), () -> {
            consent.share(letter, medical.id(chosen.email()));
            return 0;
        });
        assertThat(claims.as(chosen.email(), () -> documents.sharedWithMe()))
                .extracting(d -> d.document().id())
                .containsExactly(letter);
        assertThat(claims.as(chosen.email(), () -> documents.list(cast.reference()))
                        .documents())
                .filteredOn(DocumentSummary::mayOpen)
                .extracting(DocumentSummary::id)
                .containsExactly(letter);

        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, cast.victim()))
                .extracting(ReceivedMail::subject)
                .contains("Dr Hélène Roussel (fictif) a accepté de vous assister");
        // the link served once
        assertThat(doctors.invitation(token).outcome()).isEqualTo(AssistingDoctors.Outcome.EXPIRED);
        assertThatThrownBy(() -> doctors.accept(token, "X", PASSWORD)).isInstanceOf(UserInputException.class);

        // stopping ends the new doctor's access too
        claims.as(cast.victim(), () -> {
            doctors.stop(cast.reference());
            return 0;
        });
        assertThat(claims.as(chosen.email(), () -> documents.sharedWithMe())).isEmpty();
    }

    @Test
    void anInvitationByEmailExpiresAfterFourteenDaysAndOnlyTheVictimInvites() {
        MedicalFixtures.Cast cast = medical.claimWithParticipants();
        String email = "dr.hors-annuaire@exemple.invalid";
        assertThatThrownBy(() -> claims.as(cast.helper(), () -> {
                    doctors.inviteByEmail(cast.reference(), "Dr Hors Annuaire", email, Locale.FRENCH);
                    return 0;
                }))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("doctor.error.ownerOnly"));
        assertThatThrownBy(() -> claims.as(cast.victim(), () -> {
                    doctors.inviteByEmail(cast.reference(), "Dr Hors Annuaire", "pas-une-adresse", Locale.FRENCH);
                    return 0;
                }))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("doctor.error.email"));
        assertThatThrownBy(() -> claims.as(cast.victim(), () -> {
                    doctors.inviteByEmail(cast.reference(), "Mon Agent", cast.agent(), Locale.FRENCH);
                    return 0;
                }))
                .as("an address that is someone else's non-doctor account")
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("doctor.error.notADoctor"));

        claims.as(cast.victim(), () -> {
            doctors.inviteByEmail(cast.reference(), "Dr Hors Annuaire", email, Locale.FRENCH);
            return 0;
        });
        assertThat(claims.as(cast.victim(), () -> doctors.state(cast.reference()))
                        .pending()
                        .email())
                .isEqualTo(email);
        MailTesting.deliverAll(delivery);
        String token = token(email);
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        assertThat(doctors.invitation(token).outcome()).isEqualTo(AssistingDoctors.Outcome.EXPIRED);
        assertThatThrownBy(() -> doctors.accept(token, "Dr Hors Annuaire", PASSWORD))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitation.error.unusable"));
        assertThat(claims.as(cast.victim(), () -> doctors.state(cast.reference()))
                        .pending())
                .isNull();
    }

    @Test
    void aDoctorWhoAlreadyHasAnAccountAcceptsOnlyWhileSignedIn() {
        MedicalFixtures.Cast cast = medical.claimWithParticipants();
        String existing = claims.newUser(Role.DOCTOR, "Dr Déjà Inscrit");
        claims.as(cast.victim(), () -> {
            doctors.inviteByEmail(cast.reference(), "Dr Déjà Inscrit", existing, Locale.FRENCH);
            return 0;
        });
        MailTesting.deliverAll(delivery);
        String token = token(existing);
        assertThat(doctors.invitation(token).accountActive()).isTrue();
        assertThatThrownBy(() -> doctors.accept(token, null, null))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitation.error.signIn"));
        assertThatThrownBy(() -> claims.as(cast.victim(), () -> {
                    doctors.accept(token, null, null);
                    return 0;
                }))
                .isInstanceOf(UserInputException.class);
        claims.as(existing, () -> {
            doctors.accept(token, null, null);
            return 0;
        });
        assertThat(claims.as(cast.victim(), () -> doctors.state(cast.reference()))
                        .doctors())
                .extracting(ClaimParticipants.Participant::displayName)
                .containsExactly("Dr Déjà Inscrit");
    }
}
