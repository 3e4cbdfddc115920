package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 database: its folder created owner-only before it opens, its files owner-only once ready. */
class EmbeddedDatabaseFilesTest {

    @TempDir
    Path tmp;

    private static String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theDatabaseFolderIsCreatedOwnerOnlyAndItsFilesAreRestrictedOnceReady() throws Exception {
        assumeThat(OwnerOnly.posix(tmp.getFileSystem())).as("POSIX file system").isTrue();
        Path db = tmp.resolve("data/victim-portal");
        String url = "jdbc:h2:file:" + db + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        EmbeddedDatabaseFiles files = new EmbeddedDatabaseFiles();
        files.url(url);

        files.prepare();
        assertThat(permissions(db.getParent())).isEqualTo("rwx------");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table t (id int)");
        }
        Path file = db.resolveSibling("victim-portal.mv.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        files.restrictFiles();
        assertThat(permissions(file)).isEqualTo("rw-------");
    }

    @Test
    void onlyAnH2FileUrlNamesADatabasePath() {
        assertThat(EmbeddedDatabaseFiles.databasePath("jdbc:h2:file:./data/victim-portal;WRITE_DELAY=0"))
                .isEqualTo(Path.of("data/victim-portal").toAbsolutePath());
        assertThat(EmbeddedDatabaseFiles.databasePath("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"))
                .isNull();
        assertThat(EmbeddedDatabaseFiles.databasePath("jdbc:postgresql://127.0.0.1:5432/test"))
                .isNull();
    }
}
