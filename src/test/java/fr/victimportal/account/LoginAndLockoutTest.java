package fr.victimportal.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import fr.victimportal.HttpSignIn;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.domain.UserAccount;
import fr.victimportal.account.domain.UserAccountRepository;
import fr.victimportal.account.ui.LockedAccountsView;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.ProcedureDates;
import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Logs in over real HTTP against the running server, so Spring Security's own filter chain is what is tested. */
public class LoginAndLockoutTest extends KaribuTest {

    private static final String PASSWORD = "Une-phrase-de-passe-solide";

    @Autowired
    private AccountService accountService;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private ClaimFixtures fixtures;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private String newVictim() {
        String email = "victime-" + UUID.randomUUID() + "@example.org";
        accountService.create(email, PASSWORD, "Alex Test", Role.VICTIM, Locale.FRENCH);
        return email;
    }

    private String postLogin(String email, String password) throws IOException, InterruptedException {
        return HttpSignIn.signIn(http, port, email, password);
    }

    private UserAccount stored(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    @Test
    void theRightPasswordSignsInAndTheWrongOneIsRefused() throws Exception {
        String email = newVictim();
        assertThat(postLogin(email, "mauvais")).isEqualTo("/login?error=credentials");
        assertThat(stored(email).getFailedLoginCount()).isEqualTo(1);
        assertThat(postLogin(email.toUpperCase(Locale.ROOT), PASSWORD)).isEqualTo("/");
        assertThat(stored(email).getFailedLoginCount()).isZero();
        assertThat(stored(email).getLastLoginAt()).isEqualTo(clock.instant());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneUntilTheLockEnds() throws Exception {
        String email = newVictim();
        for (int i = 0; i < 5; i++) {
            assertThat(postLogin(email, "essai-" + i)).isEqualTo("/login?error=credentials");
        }
        assertThat(stored(email).getFailedLoginCount()).isEqualTo(5);
        assertThat(stored(email).getLockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));

        assertThat(postLogin(email, PASSWORD))
                .as("locked: the right password is refused too, and told why")
                .isEqualTo("/login?error=locked");

        clock.advance(Duration.ofMinutes(16));
        assertThat(postLogin(email, PASSWORD)).isEqualTo("/");
        assertThat(stored(email).getLockedUntil()).isNull();
        assertThat(stored(email).getFailedLoginCount()).isZero();
    }

    @Test
    void aLockedAccountIsToldWhatHappenedInsteadOfWrongPassword() throws Exception {
        String shown = HttpSignIn.alert(HttpSignIn.page(http, port, "/login?error=locked"));
        assertThat(shown).contains("Compte temporairement bloqué");
        assertThat(shown).contains("5 fois de suite").contains("15 minutes");
    }

    @Test
    void aWrongPasswordIsToldAndWarnedOfTheLockout() throws Exception {
        String shown = HttpSignIn.alert(HttpSignIn.page(http, port, "/login?error=credentials"));
        assertThat(shown).contains("Adresse e-mail ou mot de passe incorrect");
        assertThat(shown).contains("5 essais").contains("15 minutes");
        assertThat(HttpSignIn.alert(HttpSignIn.page(http, port, "/login?error")))
                .as("an error without a kind")
                .isEqualTo(shown);
    }

    /** A victim whose claim is addressed to the fixtures' test insurer. */
    private String victimWithClaim() {
        String email = fixtures.newUser(Role.VICTIM, "Alex Test");
        fixtures.submittedClaim(
                email, LocalDate.of(2026, 9, 1), new ProcedureDates(LocalDate.of(2026, 9, 15), null, null, null));
        return email;
    }

    private void lock(String email) throws Exception {
        for (int i = 0; i < 5; i++) {
            postLogin(email, "essai-" + i);
        }
        assertThat(stored(email).isLockedAt(clock.instant())).isTrue();
    }

    @Test
    void anAgentUnlocksALockedAccountFromTheSupportScreen() throws Exception {
        String email = victimWithClaim();
        lock(email);

        login(fixtures.newUser(Role.AGENT, "Agent Support"), PASSWORD);
        UI.getCurrent().navigate(LockedAccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountService.LockedAccount> grid = _get(Grid.class);
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).email().equals(email))
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row)).contains(email, "Victime", "5");
        Button unlock = (Button) GridKt._getCellComponent(grid, row, "action");
        assertThat(unlock.getText()).isEqualTo("Débloquer");
        assertThat(unlock.getElement().getAttribute("aria-label")).isEqualTo("Débloquer le compte " + email);
        _click(unlock);

        assertThat(stored(email).isLockedAt(clock.instant())).isFalse();
        NotificationsKt.expectNotifications("Le compte " + email + " est débloqué.");
        assertThat(postLogin(email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void anAgentListsAndUnlocksOnlyThePeopleOfTheirOwnInsurersClaims() throws Exception {
        String ours = victimWithClaim();
        String noClaim = newVictim();
        lock(ours);
        lock(noClaim);
        long otherInsurer = fixtures.insurer("T-LOCK-OTHER", "Autre assureur des verrous");
        String otherAgent = "agent-" + UUID.randomUUID() + "@example.org";
        accountService.attachToInsurer(
                accountService.create(otherAgent, PASSWORD, "Agent Ailleurs", Role.AGENT, Locale.FRENCH), otherInsurer);
        String agent = fixtures.newUser(Role.AGENT, "Agent Support");

        assertThat(fixtures.as(agent, () -> accountService.lockedAccounts()))
                .extracting(AccountService.LockedAccount::email)
                .contains(ours)
                .doesNotContain(noClaim);
        assertThat(fixtures.as(otherAgent, () -> accountService.lockedAccounts()))
                .extracting(AccountService.LockedAccount::email)
                .doesNotContain(ours, noClaim);
        long oursId = stored(ours).getId();
        assertThatThrownBy(() -> fixtures.as(otherAgent, () -> {
                    accountService.unlock(oursId);
                    return 0;
                }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stored(ours).isLockedAt(clock.instant()))
                .as("another insurer's agent changed nothing")
                .isTrue();
    }

    @Test
    void theSupportScreenSaysWhenNoAccountIsLocked() {
        login(DemoLogins.AGENT, DemoLogins.AGENT_PASSWORD);
        clock.advance(Duration.ofDays(1));
        UI.getCurrent().navigate(LockedAccountsView.class);
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("Aucun compte n’est bloqué en ce moment.");
    }
}
