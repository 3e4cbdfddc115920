package fr.victimportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.account.domain.UserAccount;
import fr.victimportal.account.domain.UserAccountRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Repository and migration checks, written once and run on H2 (here) and on PostgreSQL
 * ({@link PostgresAccountPersistenceTest}).
 */
abstract class AccountPersistenceTest {

    @Autowired
    protected UserAccountRepository accounts;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TransactionTemplate tx;

    @Autowired
    protected Clock clock;

    private String email() {
        return "p-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void migrationsCreateTheAccountTable() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"success\" = true", Integer.class);
        assertThat(applied).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anAccountIsStoredWithItsEmailInLowerCase() {
        String email = email();
        Long id = accounts.save(new UserAccount(
                        email.toUpperCase(Locale.ROOT),
                        "{noop}x",
                        "Test",
                        Role.DOCTOR,
                        Locale.ENGLISH,
                        clock.instant()))
                .getId();
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, id))
                .isEqualTo(email);
        assertThat(accounts.findByEmail(email))
                .get()
                .extracting(UserAccount::getPreferredLanguage)
                .isEqualTo("en");
    }

    @Test
    void theDatabaseRefusesAnUpperCaseEmailAnUnknownRoleAndADuplicate() {
        String insert = "insert into app_user (email, password_hash, display_name, role, created_at) "
                + "values (?, '{noop}x', 'T', ?, current_timestamp)";
        assertThatThrownBy(() -> jdbc.update(insert, "UPPER-" + UUID.randomUUID() + "@EXAMPLE.ORG", "VICTIM"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, email(), "ADMIN"))
                .isInstanceOf(DataIntegrityViolationException.class);
        String email = email();
        jdbc.update(insert, email, "VICTIM");
        assertThatThrownBy(() -> jdbc.update(insert, email, "VICTIM"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void failedLoginsAreCountedInOneStatementAndLockAtTheThreshold() {
        String email = email();
        accounts.save(new UserAccount(email, "{noop}x", "Test", Role.VICTIM, Locale.FRENCH, clock.instant()));
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofMinutes(15));
        for (int i = 0; i < 3; i++) {
            tx.executeWithoutResult(s -> accounts.recordFailedLogin(email, now, 3, until));
        }
        UserAccount locked = accounts.findByEmail(email).orElseThrow();
        assertThat(locked.getFailedLoginCount()).isEqualTo(3);
        assertThat(locked.getLockedUntil()).isEqualTo(until);
        assertThat(accounts.findByLockedUntilAfterOrderByLockedUntilAsc(now))
                .extracting(UserAccount::getEmail)
                .contains(email);

        Instant later = until.plusSeconds(1);
        tx.executeWithoutResult(s -> accounts.recordFailedLogin(email, later, 3, later.plus(Duration.ofMinutes(15))));
        UserAccount restarted = accounts.findByEmail(email).orElseThrow();
        assertThat(restarted.getFailedLoginCount())
                .as("an expired lock starts a new series")
                .isEqualTo(1);
        assertThat(restarted.getLockedUntil()).isNull();
    }
}
