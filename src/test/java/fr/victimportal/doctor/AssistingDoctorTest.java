package fr.victimportal.doctor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.doctor.domain.DirectoryDoctorRepository;
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
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The directory (search, filters, agent edits) and the victim's choice of an assisting doctor: the invitation at a
 * real SMTP server, the account created from its link, and what each doctor sees before and after a change of doctor.
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
    private DirectoryDoctorRepository entries;

    private String agent;

    @BeforeEach
    void demoDirectory() {
        agent = claims.newUser(Role.AGENT, "Agent Annuaire");
        if (entries.count() == 0) {
            claims.as(agent, () -> {
                DemoDirectory.read().forEach(e -> directory.save(null, 0, e));
                return null;
            });
        }
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
    void theDirectoryShipsFortyFictitiousDoctorsAndFiltersByDepartmentSpecialtyLanguageAndName() {
        List<DirectoryEntry> all = directory.search(DirectoryFilter.ALL);
        assertThat(all).hasSize(40).allSatisfy(e -> {
            assertThat(e.name()).endsWith("(fictif)");
            assertThat(e.email()).endsWith("@exemple.invalid");
        });
        assertThat(all.stream().map(DirectoryEntry::department).distinct().count())
                .as("departments covered")
                .isGreaterThanOrEqualTo(20);
        List<DirectoryEntry> lyon = directory.search(new DirectoryFilter("69", null, null, null));
        assertThat(lyon)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.department()).isEqualTo("69"))
                .hasSize((int)
                        all.stream().filter(e -> e.department().equals("69")).count());
        List<DirectoryEntry> neuroArabic = directory.search(new DirectoryFilter(null, Specialty.NEUROLOGY, "ar", null));
        assertThat(neuroArabic)
                .allSatisfy(e -> {
                    assertThat(e.specialties()).contains(Specialty.NEUROLOGY);
                    assertThat(e.languages()).contains("ar");
                })
                .hasSize((int) all.stream()
                        .filter(e -> e.specialties().contains(Specialty.NEUROLOGY)
                                && e.languages().contains("ar"))
                        .count());
        assertThat(directory.search(new DirectoryFilter(null, null, null, "helene roussel")))
                .extracting(DirectoryEntry::name)
                .containsExactly("Dr Hélène Roussel (fictif)");
        assertThat(directory.search(new DirectoryFilter("2B", null, null, null)))
                .isEmpty();
    }

    @Test
    void anAgentAddsEditsAndRetiresAnEntryAVictimCannotAndBadInputChangesNothing() {
        long id = claims.as(
                agent,
                () -> directory.save(
                        null,
                        0,
                        new EntryInput(
                                "Dr Test Nouveau (fictif)",
                                List.of(Specialty.DAMAGE_ASSESSMENT),
                                "2a",
                                "Bastia",
                                List.of("FR", "it"),
                                true,
                                null,
                                null,
                                "test.nouveau@exemple.invalid")));
        DirectoryEntry added = directory.entry(id).orElseThrow();
        assertThat(added.department()).isEqualTo("2A");
        assertThat(added.languages()).containsExactly("fr", "it");
        assertThat(directory.search(new DirectoryFilter("2A", null, "it", null)))
                .extracting(DirectoryEntry::id)
                .contains(id);

        String victim = claims.newUser(Role.VICTIM, "Victime Curieuse");
        assertThatThrownBy(() -> claims.as(
                        victim,
                        () -> directory.save(
                                id,
                                added.version(),
                                new EntryInput(
                                        "Dr Pirate",
                                        List.of(Specialty.ENT),
                                        "75",
                                        "Paris",
                                        List.of("fr"),
                                        false,
                                        null,
                                        null,
                                        "p@exemple.invalid"))))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("doctor.error.agentOnly"));
        assertThatThrownBy(() -> claims.as(
                        agent,
                        () -> directory.save(
                                id,
                                added.version(),
                                new EntryInput(
                                        "Dr Test Nouveau (fictif)",
                                        List.of(Specialty.ENT),
                                        "99",
                                        "Paris",
                                        List.of("fr"),
                                        false,
                                        null,
                                        null,
                                        "test.nouveau@exemple.invalid"))))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("doctor.error.department"));
        assertThat(directory.entry(id).orElseThrow()).isEqualTo(added);

        claims.as(
                agent,
                () -> directory.save(
                        id,
                        added.version(),
                        new EntryInput(
                                "Dr Test Nouveau (fictif)",
                                List.of(Specialty.DAMAGE_ASSESSMENT, Specialty.ENT),
                                "2A",
                                "Ajaccio",
                                List.of("fr"),
                                true,
                                null,
                                null,
                                "test.nouveau@exemple.invalid")));
        assertThat(directory.entry(id).orElseThrow().city()).isEqualTo("Ajaccio");
        assertThatThrownBy(() -> claims.as(agent, () -> {
                    directory.retire(id, added.version());
                    return 0;
                }))
                .as("a stale version (second tab)")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        claims.as(agent, () -> {
            directory.retire(id, added.version() + 1);
            return 0;
        });
        assertThat(directory.search(DirectoryFilter.ALL))
                .extracting(DirectoryEntry::id)
                .doesNotContain(id);
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

    @Test
    void theDirectoryPageFiltersAndOnlyAnAgentSeesTheEditor() {
        String victim = claims.newUser(Role.VICTIM, "Victime Lectrice");
        openAs(victim, "medecins");
        assertThat(page()).contains("40 médecins correspondent.", "Dr Hélène Roussel (fictif)");
        assertThat(_find(Details.class)).isEmpty();
        @SuppressWarnings("unchecked")
        Select<String> department = _get(Select.class, s -> s.withLabel("Département"));
        department.setValue("13");
        long inMarseilleArea =
                directory.search(new DirectoryFilter("13", null, null, null)).size();
        assertThat(page())
                .contains(inMarseilleArea + " médecins correspondent.")
                .doesNotContain("Hélène Roussel");
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Nom ou ville")), "zzz");
        assertThat(page()).contains("Aucun médecin ne correspond à ces critères.");

        logout();
        openAs(agent, "medecins");
        assertThat(_get(Details.class).getSummaryText()).isEqualTo("Ajouter un médecin");
        assertThat(_find(Button.class, b -> b.withText("Retirer"))).hasSize(40);
    }
}
