package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.victimportal.IntegrationTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The connection pool renews its connections (Hikari retires each after 30 minutes), the one that ran the migrations
 * included. On H2 2.4.240 every table with a {@code check (... in (...))} constraint then refused every insert ("Check
 * constraint invalid", "The database has been closed": the constraint kept the migration's closed session), so an
 * embedded-default portal stopped taking sign-ups and mails half an hour after its first start. Here every connection
 * of the pool is closed and replaced, then a new account (its language under such a constraint) is written.
 */
class PoolRenewalTest extends IntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aNewAccountIsWrittenAfterThePoolReplacedEveryConnection() throws Exception {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        hikari.getHikariPoolMXBean().softEvictConnections();
        String email = fixtures.newUser(Role.VICTIM, "Après le renouvellement");
        assertThat(jdbc.queryForObject("select preferred_language from app_user where email = ?", String.class, email))
                .isEqualTo("fr");
    }
}
