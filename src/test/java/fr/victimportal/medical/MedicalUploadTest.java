package fr.victimportal.medical;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Uploads with real files of each allowed type, and every bad input the server must refuse by itself. */
class MedicalUploadTest extends IntegrationTest {

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalDocuments documents;

    @Autowired
    private ClaimAccessLog accessLog;

    @Autowired
    private JdbcTemplate jdbc;

    private static NewDocument doc(String name, Path file) {
        return new NewDocument(
                name,
                file,
                DocumentClass.MEDICAL_CARE,
                DocumentType.HOSPITAL_REPORT,
                LocalDate.of(2026, 10, 6),
                "Compte rendu des urgences");
    }

    private List<UploadOutcome> upload(MedicalFixtures.Cast cast, NewDocument... files) {
        return fixtures.as(cast.victim(), () -> documents.upload(cast.reference(), List.of(files)));
    }

    private byte[] read(String login, long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fixtures.as(login, () -> {
            documents.read(id, false, info -> out);
            return null;
        });
        return out.toByteArray();
    }

    private long blobs() {
        return jdbc.queryForObject("select count(*) from medical_blob", Long.class);
    }

    @Test
    void aPdfAPngAndAJpegUploadedTogetherAreStoredAndReadBackByteForByte() throws Exception {
        var cast = medical.claimWithParticipants();
        Path pdf = TestFiles.pdf();
        Path png = TestFiles.png();
        Path jpeg = TestFiles.jpeg();
        List<UploadOutcome> outcomes =
                upload(cast, doc("certificat.pdf", pdf), doc("radio.png", png), doc("photo.jpg", jpeg));

        assertThat(outcomes).allMatch(UploadOutcome::stored);
        assertThat(read(cast.victim(), outcomes.get(0).documentId())).isEqualTo(Files.readAllBytes(pdf));
        assertThat(read(cast.victim(), outcomes.get(1).documentId())).isEqualTo(Files.readAllBytes(png));
        assertThat(read(cast.victim(), outcomes.get(2).documentId())).isEqualTo(Files.readAllBytes(jpeg));
        assertThat(jdbc.queryForList(
                        "select media_type from medical_document where claim_id = (select id from claim"
                                + " where reference = ?) order by id",
                        String.class,
                        cast.reference()))
                .containsExactly("application/pdf", "image/png", "image/jpeg");
    }

    @Test
    void everyBadFileIsRefusedByNameWithItsReasonAndNothingOfItIsStored() {
        var cast = medical.claimWithParticipants();
        long before = blobs();
        List<UploadOutcome> outcomes = upload(
                cast,
                doc("archive.pdf", TestFiles.zip()),
                doc("vacances.jpg", TestFiles.executable()),
                doc("vide.pdf", TestFiles.empty()),
                doc("trop-gros.png", TestFiles.pngOfSize(2 * 1024 * 1024 + 1)),
                doc("protégé.pdf", TestFiles.encryptedPdf()),
                doc("cassé.pdf", TestFiles.brokenPdf()),
                doc("../../etc/passwd.pdf", TestFiles.pdf()),
                doc("dossier\\ordonnance.pdf", TestFiles.pdf()),
                doc("ordonnance\u0000.pdf", TestFiles.pdf()),
                doc("é".repeat(253) + ".pdf", TestFiles.pdf()));

        assertThat(outcomes).noneMatch(UploadOutcome::stored);
        assertThat(outcomes)
                .extracting(UploadOutcome::refusalKey)
                .containsExactly(
                        "medical.upload.error.type",
                        "medical.upload.error.type",
                        "medical.upload.error.empty",
                        "medical.upload.error.tooLarge",
                        "medical.upload.error.encrypted",
                        "medical.upload.error.broken",
                        "medical.upload.error.name",
                        "medical.upload.error.name",
                        "medical.upload.error.name",
                        "medical.upload.error.nameTooLong");
        assertThat(outcomes.get(0).refusalArguments()[0]).isEqualTo("archive.pdf");
        assertThat(outcomes.get(3).refusalArguments()).containsExactly("trop-gros.png", 2L);
        assertThat(outcomes.get(8).refusalArguments()[0]).isEqualTo("ordonnance?.pdf");
        assertThat(blobs()).isEqualTo(before);
        assertThat(fixtures.as(cast.victim(), () -> documents.list(cast.reference()))
                        .documents())
                .isEmpty();
    }

    @Test
    void aUnicodeNameOf255CharactersIsKeptIntactAsMetadataOnly() {
        var cast = medical.claimWithParticipants();
        String name = "Compte-rendu d’hospitalisation — Hôpital Pellegrin 🏥 "
                        .repeat(10)
                        .substring(0, 251) + ".pdf";
        assertThat(name).hasSize(255);
        UploadOutcome outcome = upload(cast, doc(name, TestFiles.pdf())).get(0);

        assertThat(outcome.stored()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select original_name from medical_document where id = ?", String.class, outcome.documentId()))
                .isEqualTo(name);
        assertThat(jdbc.queryForObject(
                        "select storage_id from medical_document where id = ?", String.class, outcome.documentId()))
                .matches("[0-9a-f-]{36}");
    }

    @Test
    void aDateInTheFutureOrAMissingTitleIsRefused() {
        var cast = medical.claimWithParticipants();
        List<UploadOutcome> outcomes = upload(
                cast,
                new NewDocument(
                        "a.pdf",
                        TestFiles.pdf(),
                        DocumentClass.MEDICAL_CARE,
                        DocumentType.PRESCRIPTION,
                        LocalDate.of(2026, 11, 24),
                        "Ordonnance"),
                new NewDocument(
                        "b.pdf",
                        TestFiles.pdf(),
                        DocumentClass.MEDICAL_CARE,
                        DocumentType.PRESCRIPTION,
                        LocalDate.of(2026, 11, 23),
                        "  "));
        assertThat(outcomes)
                .extracting(UploadOutcome::refusalKey)
                .containsExactly("medical.upload.error.date", "medical.upload.error.title");
    }

    @Test
    void theClaimsCountAndTotalLimitsHoldAcrossUploads() {
        var cast = medical.claimWithParticipants();
        // test limits: 12 files and 5 MB per claim, 2 MB per file
        List<UploadOutcome> big = upload(
                cast,
                doc("1.png", TestFiles.pngOfSize(1_900_000)),
                doc("2.png", TestFiles.pngOfSize(1_900_000)),
                doc("3.png", TestFiles.pngOfSize(1_900_000)));
        assertThat(big).extracting(UploadOutcome::refusalKey).containsExactly(null, null, "medical.upload.error.total");
        NewDocument[] many = new NewDocument[11];
        for (int i = 0; i < many.length; i++) {
            many[i] = doc("scan-" + i + ".png", TestFiles.png());
        }
        List<UploadOutcome> outcomes = upload(cast, many);
        assertThat(outcomes.subList(0, 10)).allMatch(UploadOutcome::stored);
        assertThat(outcomes.get(10).refusalKey()).isEqualTo("medical.upload.error.count");
    }

    @Test
    void onlyTheVictimAndACaseworkerMandatedToGatherDocumentsUpload() {
        var cast = medical.claimWithParticipants();
        for (String other : List.of(cast.doctor(), cast.expert(), cast.agent())) {
            Assertions.assertThatThrownBy(() -> fixtures.as(
                            other, () -> documents.upload(cast.reference(), List.of(doc("x.pdf", TestFiles.pdf())))))
                    .isInstanceOf(ClaimNotFoundException.class);
        }
        // the fixture's caseworker holds a mandate covering documents (docs/legal-notes.md): the upload is the
        // victim's,
        // written to the claim's history with the caseworker as its author
        List<UploadOutcome> byHelper = fixtures.as(
                cast.helper(), () -> documents.upload(cast.reference(), List.of(doc("facture.pdf", TestFiles.pdf()))));
        assertThat(byHelper.get(0).stored()).isTrue();
        assertThat(fixtures.as(cast.victim(), () -> accessLog.accessLog(cast.reference())))
                .anyMatch(line -> line.role().equals("HELPER") && line.action() == AuditAction.UPLOAD);
    }
}
