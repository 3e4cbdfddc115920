package fr.victimportal.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.expertise.NoticeInput;
import fr.victimportal.shared.UserInputException;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R211-44: the examining doctor (or the insurer's agent) files the report; the victim and their doctor read it at
 * once, the caseworker does not, the agent sees it exists but never opens it; the exam records the report arrived.
 */
class ExpertReportUploadTest extends IntegrationTest {

    @Autowired
    private MedicalFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private MedicalDocuments documents;

    @Autowired
    private Examinations examinations;

    private NewDocument report() {
        return new NewDocument(
                "rapport.pdf", TestFiles.pdf(), null, null, LocalDate.of(2026, 12, 20), "Rapport du Dr Vidal");
    }

    /** A claim whose exam took place on Tue 15 Dec 2026; today is Mon 21 Dec, day 6 of the 20 days (R211-44). */
    private MedicalFixtures.Cast examinedOn15December() {
        today(2026, 11, 23, 10);
        MedicalFixtures.Cast cast = fixtures.claimWithParticipants();
        claims.as(
                cast.agent(),
                () -> examinations.record(
                        cast.reference(),
                        new NoticeInput(
                                "Dr Anne Vidal",
                                "Expert",
                                "Séquelles",
                                LocalDate.of(2026, 12, 15),
                                LocalTime.of(9, 0),
                                "Lyon",
                                "Assurances du Sud",
                                true,
                                LocalDate.of(2026, 11, 23))));
        today(2026, 12, 21, 10);
        return cast;
    }

    @Test
    void onlyTheExaminingDoctorOrTheInsurersAgentFilesTheReport() {
        MedicalFixtures.Cast cast = examinedOn15December();

        // the victim files their documents through their own upload; the caseworker and the doctor cannot file it
        for (String notTheInsurer : new String[] {cast.victim(), cast.helper(), cast.doctor()}) {
            assertThatThrownBy(() ->
                            claims.as(notTheInsurer, () -> documents.fileExpertReport(cast.reference(), report())))
                    .as(notTheInsurer)
                    .isInstanceOfSatisfying(
                            UserInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("medical.report.error.notAllowed"));
        }
        assertThat(claims.as(cast.victim(), () -> documents.list(cast.reference()))
                        .documents())
                .isEmpty();
        assertThat(claims.as(cast.victim(), () -> examinations.latest(cast.reference()))
                        .orElseThrow()
                        .reportReceivedOn())
                .isNull();
    }

    @Test
    void theExpertFilesTheReportTheVictimAndTheirDoctorReadItAtOnceAndTheExamIsMarkedReceived() {
        MedicalFixtures.Cast cast = examinedOn15December();

        UploadOutcome outcome = claims.as(cast.expert(), () -> documents.fileExpertReport(cast.reference(), report()));
        assertThat(outcome.stored()).isTrue();
        long id = outcome.documentId();

        assertThat(claims.as(cast.doctor(), () -> documents.sharedWithMe()))
                .extracting(d -> d.document().id())
                .containsExactly(id);
        assertThat(claims.as(cast.victim(), () -> documents.list(cast.reference()))
                        .documents())
                .filteredOn(d -> d.id() == id)
                .singleElement()
                .satisfies(d -> assertThat(d.documentClass()).isEqualTo(DocumentClass.EXPERTISE_REPORT));
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        claims.as(cast.doctor(), () -> {
            documents.read(id, false, info -> read);
            return 0;
        });
        assertThat(read.toByteArray()).startsWith("%PDF".getBytes());
        assertThat(claims.as(cast.helper(), () -> documents.sharedWithMe())).isEmpty();
        assertThat(claims.as(cast.agent(), () -> documents.list(cast.reference()))
                        .documents())
                .filteredOn(d -> d.id() == id)
                .singleElement()
                .satisfies(d -> assertThat(d.mayOpen()).as("agent: secrecy").isFalse());
        assertThatThrownBy(() -> claims.as(cast.agent(), () -> {
                    documents.read(id, false, info -> new ByteArrayOutputStream());
                    return 0;
                }))
                .isInstanceOf(RuntimeException.class);

        var exam = claims.as(cast.victim(), () -> examinations.latest(cast.reference()))
                .orElseThrow();
        assertThat(exam.reportReceivedOn()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(exam.reportLate()).isFalse();
    }

    @Test
    void aWrongFileIsRefusedByNameAndNothingIsStored() {
        MedicalFixtures.Cast cast = fixtures.claimWithParticipants();
        UploadOutcome refused = claims.as(
                cast.expert(),
                () -> documents.fileExpertReport(
                        cast.reference(),
                        new NewDocument(
                                "rapport.pdf",
                                TestFiles.brokenPdf(),
                                null,
                                null,
                                LocalDate.of(2026, 11, 1),
                                "Rapport")));
        assertThat(refused.stored()).isFalse();
        assertThat(claims.as(cast.victim(), () -> documents.list(cast.reference()))
                        .documents())
                .isEmpty();
        assertThat(claims.as(cast.doctor(), () -> documents.sharedWithMe())).isEmpty();
    }
}
