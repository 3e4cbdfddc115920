package fr.victimportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.HttpSignIn;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.domain.AccountTokenRepository;
import fr.victimportal.account.domain.UserAccountRepository;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.notification.Outbox;
import java.net.http.HttpClient;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The screens never tell whether an address has an account: over real HTTP, whoever does not know the
 * password gets the same login message whatever the address (unknown, active, locked, not yet activated); only the
 * right password learns of a lock or a missing activation; signing up with a taken address hashes the password as a
 * new account would.
 */
class AccountEnumerationTest extends KaribuTest {

    private static final String WRONG = "Pas-le-bon-mot-de-passe";

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private AccountLinks links;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private AccountTokenRepository tokens;

    @Autowired
    private PasswordEncoder encoder;

    @Autowired
    private Outbox outbox;

    @Autowired
    private Throttle throttle;

    @Autowired
    private PlatformTransactionManager transactions;

    /**
     * Signs in over HTTP with these credentials, follows the server's answer back to the login page as the browser
     * does, and returns the address and the message that page shows.
     */
    private String shownAfter(String email, String password) throws Exception {
        HttpClient http = HttpSignIn.browser();
        String back = HttpSignIn.signIn(http, port, email, password);
        assertThat(back).startsWith("/login?error=");
        return back + " " + HttpSignIn.alert(HttpSignIn.page(http, port, back));
    }

    private String locked() throws Exception {
        String email = claims.newUser(Role.VICTIM, "Compte Bloqué");
        HttpClient guesser = HttpSignIn.browser();
        for (int i = 0; i < 5; i++) {
            HttpSignIn.signIn(guesser, port, email, "essai-" + i);
        }
        assertThat(accounts.findByEmail(email).orElseThrow().isLockedAt(clock.instant()))
                .isTrue();
        return email;
    }

    private String unconfirmed() {
        String email = "pas-confirme-" + UUID.randomUUID() + "@example.org";
        links.signUp(email, "Compte Pas Confirmé", ClaimFixtures.PASSWORD, Locale.FRENCH);
        assertThat(accounts.findByEmail(email).orElseThrow().getEmailVerifiedAt())
                .isNull();
        return email;
    }

    @Test
    void whoeverDoesNotKnowThePasswordGetsOneMessageWhateverTheAddress() throws Exception {
        String unknown = shownAfter("personne-" + UUID.randomUUID() + "@example.org", WRONG);
        String wrongPassword = shownAfter(claims.newUser(Role.VICTIM, "Compte Actif"), WRONG);
        String lockedAccount = locked();
        String lockedWrong = shownAfter(lockedAccount, WRONG);
        String unconfirmedAccount = unconfirmed();
        String unconfirmedWrong = shownAfter(unconfirmedAccount, WRONG);

        assertThat(unknown)
                .contains("Adresse e-mail ou mot de passe incorrect")
                .doesNotContain("Compte temporairement bloqué", "pas encore actif");
        assertThat(wrongPassword).isEqualTo(unknown);
        assertThat(lockedWrong).as("a locked account, wrong password").isEqualTo(unknown);
        assertThat(unconfirmedWrong)
                .as("an account not yet activated, wrong password")
                .isEqualTo(unknown);

        // only the right password learns what stands in the way
        assertThat(shownAfter(lockedAccount, ClaimFixtures.PASSWORD)).contains("Compte temporairement bloqué");
        assertThat(shownAfter(unconfirmedAccount, ClaimFixtures.PASSWORD)).contains("pas encore actif");
    }

    @Test
    void signingUpWithATakenAddressHashesThePasswordAsANewAccountWould() {
        AtomicInteger hashes = new AtomicInteger();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                hashes.incrementAndGet();
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return encoder.matches(raw, encoded);
            }
        };
        AccountLinks signUp = new AccountLinks(accounts, tokens, counting, outbox, clock, throttle);
        TransactionTemplate tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(s -> signUp.signUp(
                "nouveau-" + UUID.randomUUID() + "@example.org",
                "Léa Nouvelle",
                ClaimFixtures.PASSWORD,
                Locale.FRENCH));
        assertThat(hashes).as("a new address").hasValue(1);

        String taken = claims.newUser(Role.VICTIM, "Déjà Inscrit");
        String storedHash = accounts.findByEmail(taken).orElseThrow().getPasswordHash();
        tx.executeWithoutResult(
                s -> signUp.signUp(taken, "Quelqu’un d’autre", "Une autre phrase bien longue", Locale.FRENCH));
        assertThat(hashes).as("a taken address costs the same hash").hasValue(2);
        assertThat(accounts.findByEmail(taken).orElseThrow().getPasswordHash())
                .as("and changes nothing")
                .isEqualTo(storedHash);
    }
}
