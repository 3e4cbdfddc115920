package fr.victimportal.account;

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
 * The same persistence checks on PostgreSQL (127.0.0.1:5432, database {@code test}), with the {@code postgres}
 * profile and the same Flyway migrations, in a schema of their own that is dropped first. On a developer machine
 * without PostgreSQL the class is skipped with a message; in CI ({@code CI=true}) an unreachable server fails it.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=" + PostgresAccountPersistenceTest.URL,
        "spring.flyway.schemas=" + PostgresAccountPersistenceTest.SCHEMA,
        "portal.demo.enabled=false"})
@ActiveProfiles({"test", "postgres"})
@Import(TestClockConfiguration.class)
class PostgresAccountPersistenceTest extends AccountPersistenceTest {

    static final String SCHEMA = "vp_test";
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
