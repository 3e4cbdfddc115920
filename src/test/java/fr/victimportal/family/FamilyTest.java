package fr.victimportal.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.HttpSignIn;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.Role;
import fr.victimportal.audit.AuditEntry;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.audit.AuditTrail;
import fr.victimportal.claim.ClaimFamily;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.claim.spi.ClaimJobs;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentNotFoundException;
import fr.victimportal.medical.HeirPurpose;
import fr.victimportal.medical.MedicalConsent;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.MedicalObjections;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.shared.UserInputException;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 24, first slice: the death of the direct victim recorded once, by the right people; the deceased's account
 * closed to sign-in like an unknown address; reminders to the heirs; the heirs' access to the medical documents under
 * CSP L1110-4 V (a purpose, in the audit; nothing after an objection); a relative of a living victim reads only what
 * was shared. The claim: accident 5 Oct 2026 (MedicalFixtures), today 20 Nov 2026.
 */
class FamilyTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    private static final LocalDate DIED = LocalDate.of(2026, 11, 10);

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private FamilyTestSupport family;

    @Autowired
    private ClaimFamily deaths;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ClaimParticipants participants;

    @Autowired
    private MedicalDocuments documents;

    @Autowired
    private MedicalConsent consent;

    @Autowired
    private MedicalObjections objections;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private ClaimJobs jobs;

    @BeforeEach
    void today() {
        today(2026, 11, 20, 10);
    }

    private void record(String who, String reference, LocalDate diedOn) {
        fixtures.as(who, () -> {
            deaths.recordDeath(reference, diedOn, YesNoUnknown.YES, null);
            return null;
        });
    }

    private boolean opens(String login, long id, HeirPurpose purpose) {
        try {
            fixtures.as(login, () -> {
                documents.read(id, false, purpose, info -> OutputStream.nullOutputStream());
                return null;
            });
            return true;
        } catch (DocumentNotFoundException refused) {
            return false;
        }
    }

    @Test
    void theAgentRecordsTheDeathOnceTheClockGoesToTheHeirsAndNothingChangesOnARefusal() {
        var cast = medical.claimWithParticipants();
        String stranger = fixtures.newUser(Role.VICTIM, "Quelqu’un d’autre");
        String sibling = family.join(SMTP, cast.reference(), cast.victim(), "Hugo Martin", KinLink.SIBLING);

        assertThatThrownBy(() -> record(cast.agent(), cast.reference(), LocalDate.of(2026, 11, 21)))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("family.death.error.future"));
        assertThatThrownBy(() -> record(cast.agent(), cast.reference(), LocalDate.of(2026, 10, 4)))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("family.death.error.beforeAccident"));
        assertThatThrownBy(() -> record(stranger, cast.reference(), DIED)).isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> record(sibling, cast.reference(), DIED))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("family.death.error.notAllowed"));
        assertThatThrownBy(() -> record(cast.victim(), cast.reference(), DIED))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("family.death.error.notAllowed"));
        assertThat(fixtures.as(cast.agent(), () -> claims.open(cast.reference()))
                        .facts()
                        .victimDied())
                .as("nothing changed by a refusal")
                .isNull();
        assertThat(fixtures.as(cast.agent(), () -> deaths.death(cast.reference())))
                .isEmpty();

        family.recordDeath(cast.agent(), cast.reference(), DIED);

        var file = fixtures.as(cast.agent(), () -> claims.open(cast.reference()));
        assertThat(file.facts().victimDied()).isEqualTo(DIED);
        var death =
                fixtures.as(cast.agent(), () -> deaths.death(cast.reference())).orElseThrow();
        assertThat(death.fromAccident()).isEqualTo(YesNoUnknown.YES);
        assertThat(death.proofDocumentId()).isNotNull();
        assertThat(fixtures.as(cast.agent(), () -> documents.list(cast.reference()))
                        .documents())
                .anySatisfy(d -> {
                    assertThat(d.id()).isEqualTo(death.proofDocumentId());
                    assertThat(d.documentClass()).isEqualTo(DocumentClass.ADMINISTRATIVE);
                    assertThat(d.title()).isEqualTo("Acte de décès");
                });

        assertThatThrownBy(() -> family.recordDeath(cast.agent(), cast.reference(), LocalDate.of(2026, 11, 11)))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("family.death.error.already"));
        assertThat(fixtures.as(cast.agent(), () -> deaths.death(cast.reference()))
                        .orElseThrow()
                        .diedOn())
                .isEqualTo(DIED);

        // the agent corrects with a reason, kept in the history
        assertThatThrownBy(() -> fixtures.as(cast.agent(), () -> {
                    deaths.correctDeath(cast.reference(), LocalDate.of(2026, 11, 9), YesNoUnknown.YES, " ");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        UserInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        fixtures.as(cast.agent(), () -> {
            deaths.correctDeath(
                    cast.reference(), LocalDate.of(2026, 11, 9), YesNoUnknown.UNKNOWN, "Erreur de saisie de la date");
            return null;
        });
        var corrected = fixtures.as(cast.agent(), () -> claims.open(cast.reference()));
        assertThat(corrected.facts().victimDied()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(corrected.revisions()).anySatisfy(r -> {
            assertThat(r.section()).isEqualTo("death");
            assertThat(r.changes()).anySatisfy(c -> {
                assertThat(c.field()).isEqualTo("reason");
                assertThat(c.after()).isEqualTo("Erreur de saisie de la date");
            });
        });
    }

    @Test
    void theDeceasedsAccountAnswersSignInLikeAnUnknownAddressAndRemindersGoToTheHeirs() throws Exception {
        var cast = medical.claimWithParticipants();
        HttpClient before = HttpSignIn.browser();
        assertThat(HttpSignIn.signIn(before, port, cast.victim(), ClaimFixtures.PASSWORD))
                .doesNotContain("error");
        assertThat(jobs.victimSideRecipients(cast.reference())).containsExactly(medical.id(cast.victim()));

        String heir = family.join(SMTP, cast.reference(), cast.agent(), "Léa Martin", KinLink.CHILD);
        family.recordDeath(heir, cast.reference(), DIED); // an heir may record it too

        // answered like any failed sign-in: the same address back, the same message
        HttpClient closed = HttpSignIn.browser();
        assertThat(HttpSignIn.signIn(closed, port, cast.victim(), ClaimFixtures.PASSWORD))
                .isEqualTo("/login?error=credentials");
        HttpClient unknown = HttpSignIn.browser();
        assertThat(HttpSignIn.signIn(unknown, port, "personne-" + System.nanoTime() + "@example.org", "x"))
                .isEqualTo("/login?error=credentials");
        assertThat(HttpSignIn.alert(HttpSignIn.page(closed, port, "/login?error=credentials")))
                .isEqualTo(HttpSignIn.alert(HttpSignIn.page(unknown, port, "/login?error=credentials")))
                .contains("Adresse e-mail ou mot de passe incorrect");

        assertThat(jobs.victimSideRecipients(cast.reference())).containsExactly(medical.id(heir));
    }

    @Test
    void anHeirOpensTheDeceasedsMedicalDocumentsOnlyWithAPurposeKeptInTheAudit() {
        var cast = medical.claimWithParticipants();
        long care = medical.upload(cast, TestFiles.pdf(), DocumentClass.MEDICAL_CARE, "Compte rendu des urgences");
        String heir = family.join(SMTP, cast.reference(), cast.agent(), "Léa Martin", KinLink.CHILD);
        String sibling = family.join(SMTP, cast.reference(), cast.victim(), "Hugo Martin", KinLink.SIBLING);
        assertThat(opens(heir, care, HeirPurpose.RIGHTS))
                .as("the victim is alive")
                .isFalse();

        family.recordDeath(cast.agent(), cast.reference(), DIED);

        var list = fixtures.as(heir, () -> documents.list(cast.reference()));
        assertThat(list.askPurpose()).isTrue();
        assertThat(list.documents())
                .filteredOn(d -> d.id() == care)
                .singleElement()
                .satisfies(d -> assertThat(d.mayOpen()).isFalse());
        assertThat(fixtures.as(heir, () -> documents.list(cast.reference(), HeirPurpose.RIGHTS))
                        .documents())
                .filteredOn(d -> d.id() == care)
                .singleElement()
                .satisfies(d -> assertThat(d.mayOpen()).isTrue());
        assertThat(opens(heir, care, null)).as("no purpose given").isFalse();
        assertThat(opens(heir, care, HeirPurpose.RIGHTS)).isTrue();
        assertThat(opens(heir, care, HeirPurpose.CAUSES_OF_DEATH)).isTrue();
        assertThat(opens(sibling, care, HeirPurpose.RIGHTS))
                .as("a relative who is not an heir")
                .isFalse();

        long claimId = participants.claimId(cast.reference());
        List<AuditEntry> entries = audit.entriesForClaim(claimId).stream()
                .filter(e -> Long.valueOf(medical.id(heir)).equals(e.actorId()))
                .toList();
        assertThat(entries)
                .filteredOn(e -> e.outcome() == AuditOutcome.GRANTED)
                .extracting(AuditEntry::subject)
                .contains("document:" + care + ":purpose:RIGHTS", "document:" + care + ":purpose:CAUSES_OF_DEATH");
        assertThat(entries)
                .filteredOn(e -> e.outcome() == AuditOutcome.DENIED)
                .extracting(AuditEntry::subject)
                .contains("document:" + care);
    }

    @Test
    void afterTheVictimsObjectionNoHeirOpensAMedicalDocumentWhateverThePurpose() {
        var cast = medical.claimWithParticipants();
        long care = medical.upload(cast, TestFiles.pdf(), DocumentClass.MEDICAL_CARE, "Compte rendu opératoire");
        String heir = family.join(SMTP, cast.reference(), cast.agent(), "Léa Martin", KinLink.SPOUSE);
        fixtures.as(cast.victim(), () -> {
            objections.object(cast.reference());
            objections.withdraw(cast.reference());
            objections.object(cast.reference());
            return null;
        });
        assertThat(fixtures.as(cast.victim(), () -> objections.objected(cast.reference())))
                .isTrue();

        family.recordDeath(cast.agent(), cast.reference(), DIED);

        for (HeirPurpose purpose : HeirPurpose.values()) {
            assertThat(opens(heir, care, purpose)).as(purpose.name()).isFalse();
        }
        var list = fixtures.as(heir, () -> documents.list(cast.reference(), HeirPurpose.RIGHTS));
        assertThat(list.askPurpose()).isFalse();
        assertThat(list.documents()).noneMatch(d -> d.id() == care);
        assertThatThrownBy(() -> fixtures.as(heir, () -> {
                    objections.withdraw(cast.reference());
                    return null;
                }))
                .isInstanceOf(UserInputException.class);
    }

    @Test
    void aRelativeOfALivingVictimReadsOnlyWhatTheVictimShared() {
        var cast = medical.claimWithParticipants();
        long care = medical.upload(cast, TestFiles.pdf(), DocumentClass.MEDICAL_CARE, "IRM du genou");
        long pay = medical.upload(cast, TestFiles.pdf(), DocumentClass.FINANCIAL, "Bulletin de salaire");
        String relative = family.join(SMTP, cast.reference(), cast.victim(), "Hugo Martin", KinLink.PARENT);

        assertThat(fixtures.as(relative, () -> documents.list(cast.reference()).documents()))
                .isEmpty();
        for (HeirPurpose purpose : HeirPurpose.values()) {
            assertThat(opens(relative, care, purpose)).isFalse();
        }
        assertThat(opens(relative, pay, null)).isFalse();

        fixtures.as(cast.victim(), () -> {
            consent.share(care, medical.id(relative));
            return null;
        });
        assertThat(opens(relative, care, null)).isTrue();
        assertThat(opens(relative, pay, null)).isFalse();
    }
}
