package fr.victimportal.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import fr.victimportal.HttpSignIn;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.domain.AccountToken;
import fr.victimportal.account.domain.AccountTokenRepository;
import fr.victimportal.account.domain.UserAccountRepository;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.shared.PortalProperties;
import fr.victimportal.shared.PortalSecurityProperties;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Throttling per client and per account, on the real limiter and over real HTTP where the limit is HTTP: a
 * stranger's wrong guesses lock the account everywhere except in the owner's own browser (device cookie); a client
 * over its allowance of failed sign-ins is asked to wait whatever the account; sign-up, reset requests and links are
 * limited on screen; the public API answers 429 with JSON; the limiter's memory is bounded.
 */
class ThrottleTest extends KaribuTest {

    /** How the tests' HTTP client reaches the server, as the server sees it. */
    private static final List<String> LOCAL = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");

    @Autowired
    private Throttle throttle;

    @Autowired
    private PortalProperties properties;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private AccountTokenRepository tokens;

    @Autowired
    private AccountLinks links;

    @Autowired
    private ServletWebServerApplicationContext web;

    private final List<String> used = new ArrayList<>(LOCAL);

    @AfterEach
    void forgetTheClients() {
        for (Throttle.Kind kind : Throttle.Kind.values()) {
            used.forEach(key -> throttle.forget(kind, key));
        }
    }

    private void useUp(Throttle.Kind kind, int capacity, List<String> keys) {
        used.addAll(keys);
        for (String key : keys) {
            for (int i = 0; i < capacity; i++) {
                throttle.count(kind, key);
            }
        }
    }

    private static String karibuClient() {
        return VaadinRequest.getCurrent().getRemoteAddr();
    }

    /** The minutes the HTTP client (the loopback address) must wait before its next sign-in. */
    private long minutesToWaitOverHttp() {
        long seconds = LOCAL.stream()
                .mapToLong(
                        key -> throttle.waitBefore(Throttle.Kind.SIGN_IN, key).toSeconds())
                .max()
                .orElse(0);
        return Math.max(1, (seconds + 59) / 60);
    }

    private long minutesToWait(Throttle.Kind kind) {
        long seconds = throttle.waitBefore(kind, karibuClient()).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    @Test
    void aStrangersWrongGuessesDoNotKeepTheOwnerOutOfTheirOwnBrowser() throws Exception {
        String email = claims.newUser(Role.VICTIM, "Maëlle Durand");
        HttpClient own = HttpSignIn.browser();
        assertThat(HttpSignIn.signIn(own, port, email, ClaimFixtures.PASSWORD)).isEqualTo("/");
        HttpCookie device = ((CookieManager) own.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals(DeviceCookies.NAME))
                        .findFirst()
                        .orElseThrow();
        assertThat(device.isHttpOnly()).isTrue();

        HttpClient stranger = HttpSignIn.browser();
        for (int i = 0; i < 5; i++) {
            assertThat(HttpSignIn.signIn(stranger, port, email, "devine-" + i)).isEqualTo("/login?error=credentials");
        }
        assertThat(HttpSignIn.signIn(stranger, port, email, ClaimFixtures.PASSWORD))
                .as("locked for the stranger")
                .isEqualTo("/login?error=locked");
        assertThat(HttpSignIn.signIn(HttpSignIn.browser(), port, email, ClaimFixtures.PASSWORD))
                .as("and for any other new browser")
                .isEqualTo("/login?error=locked");

        // the owner's browser the next day: signed out, its device cookie kept
        HttpClient ownLater = HttpSignIn.browser();
        CookieManager jar = (CookieManager) ownLater.cookieHandler().orElseThrow();
        jar.getCookieStore().add(URI.create("http://localhost:" + port), device);
        assertThat(HttpSignIn.signIn(ownLater, port, email, ClaimFixtures.PASSWORD))
                .isEqualTo("/");

        // a forged cookie (another account's name under the same signature) is worth nothing
        String other = claims.newUser(Role.VICTIM, "Autre Victime");
        for (int i = 0; i < 5; i++) {
            HttpSignIn.signIn(stranger, port, other, "devine-" + i);
        }
        String[] parts = device.getValue().split("\\.");
        HttpCookie forged = new HttpCookie(
                DeviceCookies.NAME,
                Base64.getUrlEncoder().withoutPadding().encodeToString(other.getBytes(StandardCharsets.UTF_8)) + "."
                        + parts[1] + "."
                        + parts[2]);
        forged.setPath("/");
        HttpClient forger = HttpSignIn.browser();
        ((CookieManager) forger.cookieHandler().orElseThrow())
                .getCookieStore()
                .add(URI.create("http://localhost:" + port), forged);
        assertThat(HttpSignIn.signIn(forger, port, other, ClaimFixtures.PASSWORD))
                .isEqualTo("/login?error=locked");
    }

    @Test
    void aClientOverItsAllowanceOfFailedSignInsIsAskedToWaitWhateverTheAccount() throws Exception {
        String email = claims.newUser(Role.VICTIM, "Jules Moreau");
        useUp(Throttle.Kind.SIGN_IN, policy().signIn().capacity(), LOCAL);

        HttpClient http = HttpSignIn.browser();
        int sessions = HttpSignIn.sessionCount(web);
        String back = HttpSignIn.signIn(http, port, email, ClaimFixtures.PASSWORD);
        assertThat(back).isEqualTo("/login?error=throttled&minutes=" + minutesToWaitOverHttp());
        assertThat(HttpSignIn.page(http, port, back))
                .as("the address typed is given back")
                .contains(email);
        assertThat(HttpSignIn.sessionCount(web))
                .as("no session kept for a refused sign-in")
                .isEqualTo(sessions);
        assertThat(accounts.findByEmail(email).orElseThrow().getLastLoginAt())
                .as("not even checked")
                .isNull();
        assertThat(accounts.findByEmail(email).orElseThrow().getFailedLoginCount())
                .isZero();
        assertThat(HttpSignIn.alert(HttpSignIn.page(http, port, back)))
                .contains("Trop de tentatives", "Trop de connexions manquées", minutesToWaitOverHttp() + " minute(s)")
                .doesNotContain("mot de passe incorrect");

        clock.advance(policy().signIn().period());
        assertThat(HttpSignIn.signIn(http, port, email, ClaimFixtures.PASSWORD))
                .as("refilled")
                .isEqualTo("/");
    }

    @Test
    void thePublicApiAnswers429WithJsonWhenAClientAsksTooOften() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + port + "/api/v1/deadlines?event=ACCIDENT&date=2026-03-02");
        assertThat(http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(200);
        useUp(Throttle.Kind.API, policy().api().capacity(), LOCAL);

        HttpResponse<String> refused =
                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body())
                .contains(
                        "\"error\":\"TOO_MANY_REQUESTS\"",
                        "\"retryAfterSeconds\":",
                        "Trop de requêtes depuis votre adresse");
        HttpResponse<String> english = http.send(
                HttpRequest.newBuilder(URI.create(uri + "&lang=en")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(english.statusCode()).isEqualTo(429);
        assertThat(english.body()).contains("Too many requests from your address");
    }

    @Test
    void signUpAndResetRequestsFromOneClientAreLimitedOnScreen() {
        useUp(Throttle.Kind.SIGN_UP, policy().signUp().capacity(), List.of(karibuClient()));
        String email = "limite-" + UUID.randomUUID() + "@example.org";
        UI.getCurrent().navigate("inscription");
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Nom et prénom")), "Léo Bernard");
        HasValueUtilsKt._setValue(_get(EmailField.class, s -> s.withLabel("Adresse électronique")), email);
        HasValueUtilsKt._setValue(_get(PasswordField.class, s -> s.withLabel("Mot de passe")), ClaimFixtures.PASSWORD);
        HasValueUtilsKt._setValue(_get(Checkbox.class), true);
        _click(_get(Button.class, s -> s.withText("Créer mon compte")));
        NotificationsKt.expectNotifications("Trop de demandes depuis votre connexion internet. Par sécurité, attendez "
                + minutesToWait(Throttle.Kind.SIGN_UP) + " minute(s) avant de réessayer.");
        assertThat(accounts.findByEmail(email)).isEmpty();

        useUp(Throttle.Kind.RESET, policy().reset().capacity(), List.of(karibuClient()));
        UI.getCurrent().navigate("mot-de-passe-oublie");
        HasValueUtilsKt._setValue(_get(EmailField.class), email);
        _click(_get(Button.class, s -> s.withText("Recevoir le lien")));
        NotificationsKt.expectNotifications("Trop de demandes depuis votre connexion internet. Par sécurité, attendez "
                + minutesToWait(Throttle.Kind.RESET) + " minute(s) avant de réessayer.");
        assertThat(page()).doesNotContain("Si un compte existe");
    }

    @Test
    void resetMailsToOneAddressStopAtItsAllowanceWithTheSameAnswer() {
        String email = claims.newUser(Role.VICTIM, "Rose Petit");
        long id = accounts.findByEmail(email).orElseThrow().getId();
        useUp(Throttle.Kind.RESET_PER_ADDRESS, policy().resetPerAddress().capacity(), List.of(email));
        links.requestPasswordReset(email);
        assertThat(tokens.findByUserIdAndPurposeAndUsedAtIsNull(id, AccountToken.Purpose.RESET_PASSWORD))
                .as("no link made, no mail queued")
                .isEmpty();
        throttle.forget(Throttle.Kind.RESET_PER_ADDRESS, email);
        links.requestPasswordReset(email);
        assertThat(tokens.findByUserIdAndPurposeAndUsedAtIsNull(id, AccountToken.Purpose.RESET_PASSWORD))
                .hasSize(1);
    }

    @Test
    void openingTooManyLinksFromOneClientShowsAPageSayingToWait() {
        String token = "A".repeat(43);
        UI.getCurrent().navigate("confirmer/" + token);
        assertThat(page()).contains("Ce lien a expiré ou a déjà servi.");
        useUp(Throttle.Kind.LINK, policy().link().capacity(), List.of(karibuClient()));
        for (String link : List.of("confirmer/", "nouveau-mot-de-passe/", "invitation-medecin/", "mandat/")) {
            UI.getCurrent().navigate("inscription");
            UI.getCurrent().navigate(link + token);
            assertThat(page())
                    .as(link)
                    .contains("Trop de demandes", "Trop de liens ont été ouverts depuis votre connexion internet");
        }
        UI.getCurrent().navigate("mot-de-passe-oublie");
        assertThat(page()).as("other pages open as usual").contains("Recevoir le lien");
    }

    @Test
    void theLimiterRemembersABoundedNumberOfClients() {
        Throttle small = new Throttle(
                new PortalSecurityProperties.Throttle(
                        policy().signIn(),
                        policy().signUp(),
                        policy().reset(),
                        policy().resetPerAddress(),
                        policy().link(),
                        policy().api(),
                        100),
                clock);
        for (int i = 0; i < 20_000; i++) {
            small.take(Throttle.Kind.LINK, "10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(small.tracked()).isLessThanOrEqualTo(100);
    }

    private PortalSecurityProperties.Throttle policy() {
        return properties.security().throttle();
    }
}
