package fr.victimportal.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.shared.UserInputException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** docs/legal-notes.md on every read: every role × every class × shared or not, revocation, and other claims' ids. */
class MedicalConsentTest extends IntegrationTest {

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalDocuments documents;

    @Autowired
    private MedicalConsent consent;

    @Autowired
    private ClaimAccessLog accessLog;

    @Autowired
    private ClaimParticipants participants;

    private boolean opens(String login, long id) {
        try {
            fixtures.as(login, () -> {
                documents.read(id, false, info -> OutputStream.nullOutputStream());
                return null;
            });
            return true;
        } catch (DocumentNotFoundException refused) {
            return false;
        }
    }

    private void share(MedicalFixtures.Cast cast, long document, String recipient) {
        fixtures.as(cast.victim(), () -> {
            consent.share(document, medical.id(recipient));
            return null;
        });
    }

    private static boolean expected(Relation viewer, DocumentClass c, boolean shared) {
        return switch (viewer) {
            case OWNER -> true;
            case AGENT -> c != DocumentClass.MEDICAL_CARE && c != DocumentClass.EXPERTISE_REPORT;
            case DOCTOR, EXPERT, HELPER -> shared;
            case RELATIVE -> shared; // a relative of a living victim: only what the victim shared (issue 24)
        };
    }

    @Test
    void everyRoleOpensExactlyWhatTheMatrixAllowsForEveryClassSharedOrNot() {
        var cast = medical.claimWithParticipants();
        Map<DocumentClass, long[]> docs = new EnumMap<>(DocumentClass.class);
        for (DocumentClass c : DocumentClass.values()) {
            long notShared = medical.upload(cast, TestFiles.pdf(), c, c + " gardé");
            long shared = medical.upload(cast, TestFiles.png(), c, c + " partagé");
            for (String recipient : List.of(cast.doctor(), cast.expert(), cast.helper(), cast.relative())) {
                share(cast, shared, recipient);
            }
            docs.put(c, new long[] {notShared, shared});
        }
        for (Relation viewer : Relation.values()) {
            for (DocumentClass c : DocumentClass.values()) {
                assertThat(opens(cast.login(viewer), docs.get(c)[0]))
                        .as(viewer + " " + c + " not shared")
                        .isEqualTo(expected(viewer, c, false));
                assertThat(opens(cast.login(viewer), docs.get(c)[1]))
                        .as(viewer + " " + c + " shared")
                        .isEqualTo(expected(viewer, c, true));
            }
        }
    }

    @Test
    void anAgentSeesThatMedicalDocumentsExistButNotWhatTheyAre() {
        var cast = medical.claimWithParticipants();
        long care = medical.upload(cast, TestFiles.pdf(), DocumentClass.MEDICAL_CARE, "IRM du genou gauche");
        share(cast, care, cast.doctor());
        medical.upload(cast, TestFiles.pdf(), DocumentClass.FINANCIAL, "Bulletin de salaire");

        DocumentList seen = fixtures.as(cast.agent(), () -> documents.list(cast.reference()));
        assertThat(seen.documents()).hasSize(2);
        DocumentSummary medicalOne = seen.documents().stream()
                .filter(d -> d.id() == care)
                .findFirst()
                .orElseThrow();
        assertThat(medicalOne.documentClass()).isEqualTo(DocumentClass.MEDICAL_CARE);
        assertThat(medicalOne.shared()).isTrue();
        assertThat(medicalOne.title()).isNull();
        assertThat(medicalOne.type()).isNull();
        assertThat(medicalOne.mayOpen()).isFalse();
        assertThat(medicalOne.sharedWith()).isEmpty();
        assertThat(seen.documents())
                .filteredOn(d -> d.id() != care)
                .extracting(DocumentSummary::title)
                .containsExactly("Bulletin de salaire");

        assertThat(fixtures.as(cast.doctor(), () -> documents.list(cast.reference()))
                        .documents())
                .extracting(DocumentSummary::title)
                .containsExactly("IRM du genou gauche");
        assertThat(fixtures.as(cast.helper(), () -> documents.list(cast.reference()))
                        .documents())
                .isEmpty();
        assertThat(fixtures.as(cast.doctor(), () -> documents.sharedWithMe()))
                .extracting(s -> s.document().title(), SharedDocument::reference, SharedDocument::victimName)
                .containsExactly(Tuple.tuple("IRM du genou gauche", cast.reference(), "Inès Martin"));
    }

    @Test
    void aRevokedShareStopsTheNextReadAndEndingTheParticipationToo() {
        var cast = medical.claimWithParticipants();
        long report = medical.upload(cast, TestFiles.pdf(), DocumentClass.MEDICAL_CARE, "Compte rendu opératoire");
        share(cast, report, cast.doctor());
        share(cast, report, cast.expert());
        assertThat(opens(cast.doctor(), report)).isTrue();

        fixtures.as(cast.victim(), () -> {
            consent.revoke(report, medical.id(cast.doctor()));
            return null;
        });
        assertThat(opens(cast.doctor(), report)).isFalse();
        assertThat(fixtures.as(cast.doctor(), () -> documents.sharedWithMe())).isEmpty();
        assertThat(opens(cast.expert(), report)).isTrue();

        fixtures.as(cast.victim(), () -> {
            participants.end(cast.reference(), medical.id(cast.expert()));
            return null;
        });
        assertThat(opens(cast.expert(), report)).isFalse();
    }

    @Test
    void aDocumentIdFromAnotherClaimIsNotFoundForEveryoneOfThisClaim() {
        var mine = medical.claimWithParticipants();
        var other = medical.claimWithParticipants();
        long theirs = medical.upload(other, TestFiles.pdf(), DocumentClass.MEDICAL_CARE, "Certificat initial");
        share(other, theirs, other.doctor());

        for (String login : List.of(mine.victim(), mine.doctor(), mine.expert(), mine.helper())) {
            assertThat(opens(login, theirs)).as(login).isFalse();
        }
        assertThat(opens(mine.victim(), 987_654_321L)).isFalse();
        // the victim of the other claim sees the attempt in their log
        assertThat(fixtures.as(other.victim(), () -> accessLog.accessLog(other.reference())))
                .filteredOn(l -> l.outcome() == AuditOutcome.DENIED)
                .hasSize(4)
                .allMatch(l -> l.documentTitle().equals("Certificat initial"));
    }

    @Test
    void onlyTheVictimSharesAndOnlyWithThisClaimsDoctorExpertOrCaseworker() {
        var cast = medical.claimWithParticipants();
        var other = medical.claimWithParticipants();
        long report = medical.upload(cast, TestFiles.pdf(), DocumentClass.MEDICAL_CARE, "Ordonnance");

        for (String notOwner : List.of(cast.helper(), cast.agent(), cast.doctor())) {
            assertThatThrownBy(() -> fixtures.as(notOwner, () -> {
                        consent.share(report, medical.id(cast.helper()));
                        return null;
                    }))
                    .as(notOwner)
                    .isInstanceOf(DocumentNotFoundException.class);
        }
        assertThatThrownBy(() -> share(cast, report, other.doctor())).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> share(cast, report, cast.agent())).isInstanceOf(UserInputException.class);
        assertThat(opens(cast.helper(), report)).isFalse();
    }

    @Test
    void everyReadShareRevokeRefusalAndFailedAttemptIsInTheVictimsLog() {
        var cast = medical.claimWithParticipants();
        long report = medical.upload(cast, TestFiles.pdf(), DocumentClass.EXPERTISE_REPORT, "Rapport d’expertise");
        share(cast, report, cast.doctor());
        opens(cast.doctor(), report);
        opens(cast.agent(), report);
        fixtures.as(cast.victim(), () -> {
            consent.revoke(report, medical.id(cast.doctor()));
            consent.recordRefusal(
                    cast.reference(),
                    "Dossier médical complet de mon médecin traitant",
                    "Il contient des maladies sans rapport avec l’accident.");
            return null;
        });

        List<AccessLogLine> log = fixtures.as(cast.victim(), () -> accessLog.accessLog(cast.reference()));
        assertThat(log)
                .extracting(AccessLogLine::action, AccessLogLine::role, AccessLogLine::outcome)
                .containsExactly(
                        Tuple.tuple(AuditAction.REFUSAL, "OWNER", AuditOutcome.GRANTED),
                        Tuple.tuple(AuditAction.REVOKE, "OWNER", AuditOutcome.GRANTED),
                        Tuple.tuple(AuditAction.DOWNLOAD, "AGENT", AuditOutcome.DENIED),
                        Tuple.tuple(AuditAction.DOWNLOAD, "DOCTOR", AuditOutcome.GRANTED),
                        Tuple.tuple(AuditAction.SHARE, "OWNER", AuditOutcome.GRANTED),
                        Tuple.tuple(AuditAction.UPLOAD, "OWNER", AuditOutcome.GRANTED));
        assertThat(log.get(3).who()).isEqualTo("Dr Paul Garnier");
        assertThat(fixtures.as(cast.agent(), () -> documents.list(cast.reference()))
                        .refusals())
                .extracting(DocumentList.Refusal::requested)
                .containsExactly("Dossier médical complet de mon médecin traitant");
        assertThatThrownBy(() -> fixtures.as(cast.doctor(), () -> accessLog.accessLog(cast.reference())))
                .isInstanceOf(ClaimNotFoundException.class);
    }
}
