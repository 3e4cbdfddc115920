package fr.victimportal.account;

import fr.victimportal.PostgresSchemas;
import fr.victimportal.TestClockConfiguration;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same persistence checks on PostgreSQL (127.0.0.1:5432, database {@code test}), with the {@code postgres}
 * profile and the same Flyway migrations, in a schema of their own that is dropped first. On a developer machine
 * without PostgreSQL the class is skipped with a message; in CI ({@code CI=true}) an unreachable server fails it.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=" + PostgresAccountPersistenceTest.URL,
            "spring.flyway.schemas=" + PostgresAccountPersistenceTest.SCHEMA,
            "portal.demo.enabled=false"
        })
@ActiveProfiles({"test", "postgres"})
@Import(TestClockConfiguration.class)
class PostgresAccountPersistenceTest extends AccountPersistenceTest {

    static final String SCHEMA = "vp_test";
    static final String URL = PostgresSchemas.URL_PREFIX + SCHEMA;

    @BeforeAll
    static void freshSchema() throws SQLException {
        PostgresSchemas.freshOrSkip(SCHEMA);
    }
}
