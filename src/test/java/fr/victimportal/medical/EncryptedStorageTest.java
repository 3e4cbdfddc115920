package fr.victimportal.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.claim.ClaimFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bytes are encrypted at rest and checked on every read: a flipped byte is refused, logged, and never served. */
class EncryptedStorageTest extends IntegrationTest {

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

    private byte[] stored(long documentId) {
        return jdbc.queryForObject(
                "select b.content from medical_blob b join medical_document d on d.storage_id = b.id"
                        + " where d.id = ?",
                byte[].class,
                documentId);
    }

    @Test
    void theStoredBytesAreNotThePlaintextAndReadBackIdentical() throws Exception {
        var cast = medical.claimWithParticipants();
        Path pdf = TestFiles.pdf();
        long id = medical.upload(cast, pdf, DocumentClass.MEDICAL_CARE, "Certificat médical initial");

        byte[] plain = Files.readAllBytes(pdf);
        byte[] atRest = stored(id);
        assertThat(atRest).hasSize(plain.length + 17);
        assertThat(new String(atRest, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fixtures.as(cast.victim(), () -> {
            documents.read(id, true, info -> {
                assertThat(info.mediaType()).isEqualTo("application/pdf");
                assertThat(info.size()).isEqualTo(plain.length);
                return out;
            });
            return null;
        });
        assertThat(out.toByteArray()).isEqualTo(plain);
    }

    @Test
    void aFlippedByteInTheStoredFileIsDetectedRefusedAndLogged() {
        var cast = medical.claimWithParticipants();
        long id = medical.upload(cast, TestFiles.png(), DocumentClass.MEDICAL_CARE, "Radiographie");
        byte[] atRest = stored(id);
        atRest[atRest.length / 2] ^= 0x01;
        jdbc.update(
                "update medical_blob set content = ? where id = (select storage_id from medical_document"
                        + " where id = ?)",
                atRest,
                id);

        AtomicBoolean served = new AtomicBoolean();
        assertThatThrownBy(() -> fixtures.as(cast.victim(), () -> {
                    documents.read(id, false, info -> {
                        served.set(true);
                        return new ByteArrayOutputStream();
                    });
                    return null;
                }))
                .isInstanceOf(StoredFileCorruptedException.class)
                .hasMessageContaining("tampered");
        assertThat(served).isFalse();
        assertThat(fixtures.as(cast.victim(), () -> accessLog.accessLog(cast.reference()))
                        .get(0)
                        .outcome())
                .isEqualTo(AuditOutcome.FAILED);
    }

    @Test
    void aFileMovedUnderAnotherDocumentsIdIsDetected() {
        var cast = medical.claimWithParticipants();
        long a = medical.upload(cast, TestFiles.png(), DocumentClass.MEDICAL_CARE, "A");
        long b = medical.upload(cast, TestFiles.png(), DocumentClass.MEDICAL_CARE, "B");
        // copy A's encrypted bytes and MAC over B's: the MAC binds the bytes to their storage id
        jdbc.update(
                "update medical_blob set content = ?, mac = (select b2.mac from medical_blob b2"
                        + " join medical_document d on d.storage_id = b2.id where d.id = ?) where id = (select storage_id from medical_document"
                        + " where id = ?)",
                stored(a),
                a,
                b);
        assertThatThrownBy(() -> fixtures.as(cast.victim(), () -> {
                    documents.read(b, false, info -> new ByteArrayOutputStream());
                    return null;
                }))
                .isInstanceOf(StoredFileCorruptedException.class);
    }
}
