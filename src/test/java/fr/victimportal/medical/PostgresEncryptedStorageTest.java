package fr.victimportal.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database blob store on PostgreSQL (BYTEA, as V4 creates it with the postgres profile): a streamed round trip
 * and a flipped byte detected. Plain JDBC, no Spring context; skipped without PostgreSQL unless {@code CI=true}.
 */
class PostgresEncryptedStorageTest {

    static final String SCHEMA = "vp_medical_test";
    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA;

    private static JdbcTemplate jdbc;
    private static EncryptedFileStore store;

    @BeforeAll
    static void freshSchema() throws SQLException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        } catch (SQLException unreachable) {
            if (ci) {
                throw unreachable;
            }
            assumeTrue(false, "No PostgreSQL at 127.0.0.1:5432: " + unreachable.getMessage());
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(URL);
        ds.setUser("postgres");
        jdbc = new JdbcTemplate(ds);
        jdbc.execute("create table medical_blob (id varchar(36) primary key, content bytea not null,"
                + " mac varchar(64) not null, stored_at timestamp with time zone not null)");
        store = new EncryptedFileStore(
                new JdbcBlobStore(jdbc, Clock.systemUTC()),
                new MedicalFileKey("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", Path.of("unused")));
    }

    @Test
    void aFileStoredInByteaReadsBackIdenticalAndAFlippedByteIsRefused() throws Exception {
        Path pdf = TestFiles.pdf();
        EncryptedFileStore.Stored stored = store.store(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.copyTo(stored.id(), stored.sha256(), () -> out);
        assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(pdf));

        jdbc.update(
                "update medical_blob set content = set_byte(content, 40, get_byte(content, 40) # 1) where id = ?",
                stored.id());
        assertThatThrownBy(() -> store.copyTo(stored.id(), stored.sha256(), ByteArrayOutputStream::new))
                .isInstanceOf(StoredFileCorruptedException.class);
    }
}
