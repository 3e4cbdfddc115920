package fr.victimportal.insurer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The insurer migration (V23) on a database of the single-insurer portal: today's agents and claims go to one default
 * insurer, a sent claim counts as acted on by it; a fresh database has the guarantee fund and no default insurer.
 */
class InsurerMigrationTest {

    private final String url = "jdbc:h2:file:./target/migration-test/insurers-" + UUID.randomUUID();
    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));

    private void migrate(MigrationVersion target) {
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .placeholders(Map.of("blob_type", "blob"))
                .target(target)
                .load()
                .migrate();
    }

    private long account(String email, String role) {
        jdbc.update(
                "insert into app_user (email, password_hash, display_name, role, created_at)"
                        + " values (?, 'hash', 'Nom', ?, current_timestamp)",
                email,
                role);
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    @Test
    void todaysAgentsAndClaimsGoToOneDefaultInsurer() {
        migrate(MigrationVersion.fromVersion("22"));
        long agent = account("agent@example.org", "AGENT");
        long victim = account("victime@example.org", "VICTIM");
        jdbc.update(
                "insert into claim (reference, owner_id, status, created_at, updated_at, accident_date, victim_role,"
                        + " submitted_at) values ('VP-MIGR-0001', ?, 'SUBMITTED', current_timestamp,"
                        + " current_timestamp, date '2026-02-20', 'PEDESTRIAN',"
                        + " timestamp with time zone '2026-03-02 10:00:00+01:00')",
                victim);
        jdbc.update(
                "insert into claim (reference, owner_id, status, created_at, updated_at)"
                        + " values ('VP-MIGR-0002', ?, 'DRAFT', current_timestamp, current_timestamp)",
                victim);

        migrate(MigrationVersion.LATEST);

        long fallback = jdbc.queryForObject("select id from insurer where identifier = 'VP-DEFAULT'", Long.class);
        assertThat(jdbc.queryForObject("select insurer_id from app_user where id = ?", Long.class, agent))
                .isEqualTo(fallback);
        assertThat(jdbc.queryForObject("select insurer_id from app_user where id = ?", Long.class, victim))
                .isNull();
        assertThat(jdbc.queryForList("select handling_insurer_id from claim order by reference", Long.class))
                .containsExactly(fallback, fallback);
        assertThat(jdbc.queryForList(
                        "select insurer_acted_at is not null from claim order by reference", Boolean.class))
                .as("the sent claim was handled by the single insurer; the draft is still the victim's to address")
                .containsExactly(true, false);
        assertThat(jdbc.queryForObject("select kind from insurer where identifier = 'FGAO'", String.class))
                .isEqualTo("FUND");
    }

    @Test
    void aFreshDatabaseHasTheFundAndNoDefaultInsurer() {
        migrate(MigrationVersion.LATEST);
        assertThat(jdbc.queryForList("select identifier from insurer", String.class))
                .containsExactly("FGAO");
    }
}
