package fr.victimportal.notification;

import fr.victimportal.PostgresSchemas;
import fr.victimportal.TestClockConfiguration;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The several-instances checks on PostgreSQL (127.0.0.1:5432, database {@code test}), where several instances really
 * share one database: the {@code postgres} profile, the same Flyway migrations, in a schema of their own dropped
 * first. Skipped with a message when no PostgreSQL answers on a developer machine; failing in CI ({@code CI=true}).
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=" + PostgresMultiInstanceMailTest.URL,
            "spring.flyway.schemas=" + PostgresMultiInstanceMailTest.SCHEMA,
            "portal.demo.enabled=false"
        })
@ActiveProfiles({"test", "postgres"})
@Import(TestClockConfiguration.class)
class PostgresMultiInstanceMailTest extends MultiInstanceMailTest {

    static final String SCHEMA = "vp_mail_test";
    static final String URL = PostgresSchemas.URL_PREFIX + SCHEMA;

    @BeforeAll
    static void freshSchema() throws SQLException {
        PostgresSchemas.freshOrSkip(SCHEMA);
    }
}
