package fr.victimportal.medical;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.claim.ClaimFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two saves at once on one claim: the claim's limits are checked and the files stored under a lock on the claim. */
class MedicalUploadConcurrencyTest extends IntegrationTest {

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalDocuments documents;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void twoSavesAtOnceNeverStoreMoreThanTheClaimsLimit() throws Exception {
        var cast = medical.claimWithParticipants();
        // test limit: 12 files per claim; each save brings 7
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<UploadOutcome>>> saves = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                List<NewDocument> batch = new ArrayList<>();
                for (int i = 0; i < 7; i++) {
                    batch.add(new NewDocument(
                            "scan-" + t + "-" + i + ".png",
                            TestFiles.png(),
                            DocumentClass.MEDICAL_CARE,
                            DocumentType.HOSPITAL_REPORT,
                            LocalDate.of(2026, 10, 6),
                            "Scan " + i));
                }
                saves.add(pool.submit(() -> {
                    start.await();
                    return fixtures.as(cast.victim(), () -> documents.upload(cast.reference(), batch));
                }));
            }
            start.countDown();
            List<UploadOutcome> all = new ArrayList<>();
            for (Future<List<UploadOutcome>> save : saves) {
                all.addAll(save.get(60, TimeUnit.SECONDS));
            }
            assertThat(all.stream().filter(UploadOutcome::stored)).hasSize(12);
            assertThat(all.stream().filter(o -> !o.stored()))
                    .extracting(UploadOutcome::refusalKey)
                    .containsExactly("medical.upload.error.count", "medical.upload.error.count");
            assertThat(jdbc.queryForObject(
                            "select count(*) from medical_document where claim_id = (select id from"
                                    + " claim where reference = ?)",
                            Long.class,
                            cast.reference()))
                    .isEqualTo(12L);
        } finally {
            pool.shutdownNow();
        }
    }
}
