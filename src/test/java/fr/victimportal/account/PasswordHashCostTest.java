package fr.victimportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.domain.UserAccountRepository;
import fr.victimportal.claim.ClaimFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The suite hashes passwords at BCrypt's lowest cost ({@code FastPasswordHashing}); the application's own encoder, the
 * one production uses, still hashes at cost 10, in the same {@code {bcrypt}} format the suite stores.
 */
class PasswordHashCostTest extends IntegrationTest {

    @Autowired
    @Qualifier("passwordEncoder")
    private PasswordEncoder production;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private UserAccountRepository accounts;

    @Test
    void productionHashesAtCostTenAndReadsTheSuitesHashes() {
        String hash = production.encode(ClaimFixtures.PASSWORD);
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(production.matches(ClaimFixtures.PASSWORD, hash)).isTrue();

        String stored = accounts.findByEmail(claims.newUser(Role.VICTIM, "Léa Coût"))
                .orElseThrow()
                .getPasswordHash();
        assertThat(stored).startsWith("{bcrypt}$2a$04$");
        assertThat(production.matches(ClaimFixtures.PASSWORD, stored)).isTrue();
        assertThat(production.matches("Une autre phrase", stored)).isFalse();
    }
}
