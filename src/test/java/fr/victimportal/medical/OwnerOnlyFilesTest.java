package fr.victimportal.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import fr.victimportal.shared.OwnerOnly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated medical file key and the folders the portal creates are readable by the portal's account only (POSIX
 * 600 and 700); skipped on a file system without POSIX permissions. The database: EmbeddedDatabaseFilesTest.
 */
class OwnerOnlyFilesTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void posixOnly() {
        assumeThat(OwnerOnly.posix(tmp.getFileSystem())).as("POSIX file system").isTrue();
    }

    private static String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theGeneratedKeyFileAndTheFolderCreatedForItAreOwnerOnly() throws Exception {
        Path keyFile = tmp.resolve("data/medical-file.key");
        MedicalFileKey key = new MedicalFileKey("", keyFile);

        assertThat(key.bytes()).hasSize(32);
        assertThat(permissions(keyFile)).isEqualTo("rw-------");
        assertThat(permissions(keyFile.getParent())).isEqualTo("rwx------");
        // read back on the next start
        assertThat(new MedicalFileKey("", keyFile).bytes()).isEqualTo(key.bytes());
    }

    @Test
    void anExistingFolderIsLeftAsTheOperatorMadeIt() throws Exception {
        Path data = Files.createDirectory(tmp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-x---"));
        OwnerOnly.directories(data.resolve("upload-tmp"));
        assertThat(permissions(data)).isEqualTo("rwxr-x---");
        assertThat(permissions(data.resolve("upload-tmp"))).isEqualTo("rwx------");
    }
}
