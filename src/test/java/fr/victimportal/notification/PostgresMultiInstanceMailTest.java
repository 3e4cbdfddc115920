package fr.victimportal.notification;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.victimportal.TestClockConfiguration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The several-instances checks on PostgreSQL (127.0.0.1:5432, database {@code test}), where several instances really
 * share one database: the {@code postgres} profile, the same Flyway migrations, in a schema of their own dropped
 * first. Skipped with a message when no PostgreSQL answers on a developer machine; failing in CI ({@code CI=true}).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=" + PostgresMultiInstanceMailTest.URL,
        "spring.flyway.schemas=" + PostgresMultiInstanceMailTest.SCHEMA,
        "portal.demo.enabled=false"})
@ActiveProfiles({"test", "postgres"})
@Import(TestClockConfiguration.class)
class PostgresMultiInstanceMailTest extends MultiInstanceMailTest {

    static final String SCHEMA = "vp_mail_test";
    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA;

    @BeforeAll
    static void freshSchema() throws SQLException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        } catch (SQLException unreachable) {
            if (ci) {
                throw unreachable;
            }
            assumeTrue(false, "PostgreSQL on 127.0.0.1:5432 is not reachable: " + unreachable.getMessage());
        }
    }
}
