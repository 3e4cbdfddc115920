package fr.victimportal.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.shared.OwnerOnly;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/**
 * Files sent but not saved: checked before a byte is written (name, the claim's room, the session's cap), kept in the
 * portal's own owner-only folder under random names, counted while they arrive, and swept at start.
 * Test limits: 2 MB a file, 12 files and 5 MB a claim, 4 files and 3 MB a session.
 */
class UploadStagingTest extends IntegrationTest {

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalDocuments documents;

    @Autowired
    private UploadStaging staging;

    @TempDir
    Path tmp;

    private UploadStaging.Reception receive(
            MedicalFixtures.Cast cast, StagedFiles session, String name, InputStream in) {
        return fixtures.as(cast.victim(), () -> staging.receive(cast.reference(), session, name, in));
    }

    private static InputStream bytes(int size) {
        return new ByteArrayInputStream(new byte[size]);
    }

    /** A stream that fails the test if anyone reads it: the refusal came before the transfer. */
    private static InputStream unread() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new AssertionError("the file was read although it had to be refused at once");
            }
        };
    }

    private List<Path> staged() throws IOException {
        try (Stream<Path> files = Files.list(staging.dir())) {
            return files.toList();
        }
    }

    @Test
    void aNameWithAPathIsRefusedByNameAndNothingIsWritten() throws IOException {
        var cast = medical.claimWithParticipants();
        List<Path> before = staged();
        UploadStaging.Reception r = receive(cast, new StagedFiles(), "../../etc/passwd.pdf", unread());
        assertThat(r.received()).isFalse();
        assertThat(r.refusalKey()).isEqualTo("medical.upload.error.name");
        assertThat(r.refusalArguments()).containsExactly("../../etc/passwd.pdf");
        assertThat(staged()).isEqualTo(before);
    }

    @Test
    void aReceivedFileHasARandomOwnerOnlyNameInTheStagingFolderAndReleasingItDeletesIt() throws IOException {
        var cast = medical.claimWithParticipants();
        StagedFiles session = new StagedFiles();
        UploadStaging.Reception r =
                receive(cast, session, "compte-rendu (urgences).pdf", Files.newInputStream(TestFiles.pdf()));
        assertThat(r.received()).isTrue();
        assertThat(r.file().getParent()).isEqualTo(staging.dir());
        assertThat(r.file().getFileName().toString())
                .matches("upload-[0-9]+\\.tmp")
                .doesNotContain("urgences");
        assertThat(session.holds(r.file())).isTrue();
        if (OwnerOnly.posix(r.file().getFileSystem())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(r.file())))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(staging.dir())))
                    .isEqualTo("rwx------");
        }
        session.release(r.file());
        assertThat(r.file()).doesNotExist();
        assertThat(session.holds(r.file())).isFalse();
    }

    @Test
    void aFullClaimRefusesAFileAtOnceCountingTheFilesNotSavedYet() {
        var cast = medical.claimWithParticipants();
        List<NewDocument> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(new NewDocument(
                    "scan-" + i + ".png",
                    TestFiles.png(),
                    DocumentClass.MEDICAL_CARE,
                    DocumentType.HOSPITAL_REPORT,
                    LocalDate.of(2026, 10, 6),
                    "Scan " + i));
        }
        assertThat(fixtures.as(cast.victim(), () -> documents.upload(cast.reference(), ten)))
                .allMatch(UploadOutcome::stored);
        StagedFiles session = new StagedFiles();
        assertThat(receive(cast, session, "11.pdf", bytes(1000)).received()).isTrue();
        assertThat(receive(cast, session, "12.pdf", bytes(1000)).received()).isTrue();

        UploadStaging.Reception full = receive(cast, session, "13.pdf", unread());
        assertThat(full.refusalKey()).isEqualTo("medical.upload.error.claimFull");
        assertThat(full.refusalArguments()).containsExactly("13.pdf", 12);
    }

    @Test
    void aSessionHoldsAtMostFourUnsavedFilesAndThreeMegabytes() throws IOException {
        var cast = medical.claimWithParticipants();
        StagedFiles session = new StagedFiles();
        List<Path> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(receive(cast, session, "page-" + i + ".pdf", bytes(1000)).file());
        }
        assertThat(held).doesNotContainNull();
        UploadStaging.Reception fifth = receive(cast, session, "page-4.pdf", unread());
        assertThat(fifth.refusalKey()).isEqualTo("medical.upload.error.sessionCount");
        assertThat(fifth.refusalArguments()).containsExactly("page-4.pdf", 4);
        held.forEach(session::release);

        assertThat(receive(cast, session, "scan-1.png", bytes(1_900_000)).received())
                .isTrue();
        List<Path> before = staged();
        UploadStaging.Reception over = receive(cast, session, "scan-2.png", bytes(1_900_000));
        assertThat(over.refusalKey()).isEqualTo("medical.upload.error.sessionSize");
        assertThat(over.refusalArguments()).containsExactly("scan-2.png", 3L);
        assertThat(staged()).as("the refused part is deleted").isEqualTo(before);
    }

    @Test
    void aFileOverTheSizeLimitIsCutOffAndRefused() throws IOException {
        var cast = medical.claimWithParticipants();
        List<Path> before = staged();
        UploadStaging.Reception big = receive(
                cast,
                new StagedFiles(),
                "irm.pdf",
                bytes((int) DataSize.ofMegabytes(2).toBytes() + 1));
        assertThat(big.refusalKey()).isEqualTo("medical.upload.error.tooLarge");
        assertThat(big.refusalArguments()).containsExactly("irm.pdf", 2L);
        assertThat(staged()).isEqualTo(before);
    }

    @Test
    void leftoversOfAnEarlierRunAreDeletedAtStartAndTheFolderIsOwnerOnly() throws IOException {
        Path dir = tmp.resolve("data/upload-tmp");
        Files.createDirectories(dir.resolve("temp_directory123"));
        Files.writeString(dir.resolve("upload-123.tmp"), "a scan nobody saved");
        Files.writeString(dir.resolve("temp_directory123/upload_temp_file456"), "another");

        UploadStaging fresh = new UploadStaging(dir, documents, 4, DataSize.ofMegabytes(3));

        try (Stream<Path> left = Files.list(fresh.dir())) {
            assertThat(left).isEmpty();
        }
        assumeThat(OwnerOnly.posix(dir.getFileSystem())).isTrue();
        Path created = tmp.resolve("new/upload-tmp");
        new UploadStaging(created, documents, 4, DataSize.ofMegabytes(3));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created.getParent())))
                .isEqualTo("rwx------");
    }
}
