package fr.victimportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import fr.victimportal.HttpSignIn;
import fr.victimportal.KaribuTest;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.shared.i18n.PortalLocales;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * The sign-in page outside Vaadin (issue 25), over real HTTP: looking at it or failing to sign in keeps no session on
 * the server; it speaks the visitor's language and switches it by a cookie; it names each failure; it lists the demo
 * accounts only in demo mode.
 */
class LoginPageTest extends KaribuTest {

    @Autowired
    private ServletWebServerApplicationContext web;

    @Autowired
    private ClaimFixtures claims;

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return HttpSignIn.send(http, port, "GET", path);
    }

    @Test
    void lookingAtThePageOrFailingToSignInKeepsNoSession() throws Exception {
        int before = HttpSignIn.sessionCount(web);
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> page = get(HttpSignIn.browser(), "/login");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        assertThat(HttpSignIn.sessionCount(web))
                .as("after 100 anonymous visits")
                .isEqualTo(before);

        HttpClient http = HttpSignIn.browser();
        String email = claims.newUser(Role.VICTIM, "Nina Sans Session");
        assertThat(HttpSignIn.signIn(http, port, email, "pas-le-bon")).isEqualTo("/login?error=credentials");
        assertThat(HttpSignIn.alert(HttpSignIn.page(http, port, "/login?error=credentials")))
                .contains("Adresse e-mail ou mot de passe incorrect");
        assertThat(HttpSignIn.sessionCount(web)).as("after a failed sign-in").isEqualTo(before);
        assertThat(cookie(http, "JSESSIONID")).isNull();

        assertThat(HttpSignIn.signIn(http, port, email, ClaimFixtures.PASSWORD)).isEqualTo("/");
        assertThat(HttpSignIn.sessionCount(web)).as("a session once signed in").isEqualTo(before + 1);
        assertThat(get(http, "/login").headers().firstValue("Location"))
                .as("already signed in: the home page")
                .hasValue("/");
    }

    @Test
    void thePageCarriesTheFormTheTokenAndTheLinks() throws Exception {
        String page = get(HttpSignIn.browser(), "/login").body();
        assertThat(page)
                .contains("<html lang=\"fr\">", "<title>Connexion · Portail victimes</title>")
                .contains("<meta name=\"_csrf\" content=\"", "<input type=\"hidden\" name=\"_csrf\" value=\"")
                .contains("autocomplete=\"username\" required", "autocomplete=\"current-password\" required")
                .contains(
                        "<label for=\"username\">Adresse e-mail</label>",
                        "<label for=\"password\">Mot de passe</label>")
                .contains("href=\"/inscription\"", "href=\"/mot-de-passe-oublie\"", "href=\"/delais\"")
                .contains("href=\"/login?lang=en\"", "/styles/login.css")
                .doesNotContain("role=\"alert\"", "aria-invalid", "<script");
        assertThat(page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .as("bytes")
                .isLessThan(8_000);
    }

    @Test
    void theLanguageLinksSetTheCookieOfTheLanguageSwitch() throws Exception {
        HttpClient http = HttpSignIn.browser();
        HttpResponse<String> switched = get(http, "/login?lang=en");
        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location")).hasValue("/login");
        assertThat(switched.headers().allValues("Set-Cookie"))
                .containsExactly("vp-lang=en; Path=/; Max-Age=31536000; Expires="
                        + switched.headers().allValues("Set-Cookie").getFirst().replaceAll(".*Expires=([^;]*);.*", "$1")
                        + "; SameSite=Lax");
        String english = get(http, "/login").body();
        assertThat(english)
                .contains("<html lang=\"en\">", "<h1>Victim portal</h1>", "<title>Log in · Victim portal</title>")
                .contains("aria-current=\"true\">English</a>");

        HttpRequest frenchBrowser = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?lang=fr"))
                .header("Accept-Language", "en")
                .build();
        http.send(frenchBrowser, HttpResponse.BodyHandlers.discarding());
        assertThat(get(http, "/login").body())
                .as("the cookie wins over the browser")
                .contains("<html lang=\"fr\">");
        assertThat(get(http, "/login?lang=de").headers().allValues("Set-Cookie"))
                .as("a language the portal does not speak")
                .isEmpty();
    }

    @Test
    void eachFailureHasItsMessageLinkedToTheFields() throws Exception {
        HttpClient http = HttpSignIn.browser();
        String page = HttpSignIn.page(http, port, "/login?error=disabled");
        assertThat(page)
                .contains("id=\"login-error\" role=\"alert\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"login-error\"");
        assertThat(HttpSignIn.alert(page)).contains("Compte désactivé", "pas encore actif");
        assertThat(HttpSignIn.alert(HttpSignIn.page(http, port, "/login?error=throttled&minutes=7")))
                .contains("Trop de tentatives", "attendez 7 minute(s)");
        assertThat(HttpSignIn.alert(HttpSignIn.page(http, port, "/login?error=unavailable")))
                .contains("Service momentanément indisponible");
        assertThat(HttpSignIn.alert(HttpSignIn.page(http, port, "/login?error=locked")))
                .contains("Compte temporairement bloqué");
        assertThat(HttpSignIn.alert(HttpSignIn.page(http, port, "/login?error=%3Cscript%3E")))
                .as("anything else: the generic message")
                .contains("Adresse e-mail ou mot de passe incorrect");
    }

    @Test
    void theDemoAccountsAreListedOnlyInDemoMode() throws Exception {
        assertThat(get(HttpSignIn.browser(), "/login").body())
                .as("the tests run in demo mode")
                .contains("<details class=\"demo-accounts\">", "victime@demo.victim-portal.fr", "Victime-demo-2026");

        LoginPageHtml production = new LoginPageHtml(new DefaultI18NProvider(PortalLocales.SUPPORTED), false, 5, 15);
        String page = production.render(new LoginPageHtml.Request(
                Locale.ENGLISH, "", "_csrf", "t\"<ok>", LoginFailures.Kind.LOCKED, 1, "a\"<b>@c.fr"));
        assertThat(page)
                .doesNotContain("demo-accounts", "demo.victim-portal.fr")
                .contains("<html lang=\"en\">", "content=\"t&quot;&lt;ok&gt;\"")
                .contains("value=\"a&quot;&lt;b&gt;@c.fr\"", "autocomplete=\"current-password\" required autofocus");
    }

    @Test
    void aFailedSignInGivesTheTypedAddressBackOnceWhateverTheAddress() throws Exception {
        int before = HttpSignIn.sessionCount(web);
        HttpClient http = HttpSignIn.browser();
        String email = claims.newUser(Role.VICTIM, "Inès Retape");
        assertThat(HttpSignIn.signIn(http, port, email, "pas-le-bon")).isEqualTo("/login?error=credentials");
        HttpCookie kept = cookie(http, TypedAddress.COOKIE);
        assertThat(kept).isNotNull();
        assertThat(kept.getPath()).isEqualTo("/login");
        assertThat(kept.isHttpOnly()).isTrue();
        assertThat(kept.getMaxAge()).isBetween(1L, 300L);
        HttpResponse<String> again = get(http, "/login?error=credentials");
        assertThat(again.body())
                .contains("value=\"" + email + "\"", "autofocus")
                .contains("Adresse e-mail ou mot de passe incorrect");
        assertThat(cookie(http, TypedAddress.COOKIE))
                .as("shown once, then removed")
                .isNull();
        assertThat(get(http, "/login?error=credentials").body()).doesNotContain(email);
        assertThat(HttpSignIn.sessionCount(web)).as("still no session").isEqualTo(before);

        // an address no account has comes back the same way: the cookie tells nothing about accounts
        HttpClient stranger = HttpSignIn.browser();
        String unknown = "personne-" + UUID.randomUUID() + "@example.org";
        assertThat(HttpSignIn.signIn(stranger, port, unknown, "pas-le-bon")).isEqualTo("/login?error=credentials");
        assertThat(get(stranger, "/login?error=credentials").body()).contains("value=\"" + unknown + "\"");

        // the page without a failure never fills the field in, and drops a cookie left over
        HttpClient leftOver = HttpSignIn.browser();
        assertThat(HttpSignIn.signIn(leftOver, port, unknown, "pas-le-bon")).isEqualTo("/login?error=credentials");
        assertThat(get(leftOver, "/login").body()).doesNotContain(unknown);
        assertThat(cookie(leftOver, TypedAddress.COOKIE)).isNull();
    }

    @Test
    void aSavedPageIsWhereSigningInLeadsAndKeepingItTakesNoSession() throws Exception {
        int before = HttpSignIn.sessionCount(web);
        for (String path : new String[] {"/", "/mon-dossier", "/dossier/VP-0000-0000/offre"}) {
            HttpResponse<String> anonymous = get(HttpSignIn.browser(), path);
            assertThat(anonymous.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(anonymous.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(c -> c.startsWith("JSESSIONID"))
                    .anyMatch(
                            c -> c.startsWith("REDIRECT_URI=") && c.contains("HttpOnly") && c.contains("SameSite=Lax"));
        }
        assertThat(HttpSignIn.sessionCount(web))
                .as("pages asked for before sign-in")
                .isEqualTo(before);

        HttpClient http = HttpSignIn.browser();
        HttpResponse<String> protectedPage = get(http, "/mon-compte");
        assertThat(protectedPage.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        String email = claims.newUser(Role.VICTIM, "Théo " + UUID.randomUUID());
        assertThat(HttpSignIn.signIn(http, port, email, ClaimFixtures.PASSWORD)).startsWith("/mon-compte");

        // a cookie planted to send the person elsewhere after sign-in is ignored: only a path of this site is followed
        for (String elsewhere : new String[] {"https://evil.example/ailleurs", "//evil.example/ailleurs"}) {
            HttpClient planted = HttpSignIn.browser();
            HttpCookie cookie = new HttpCookie(
                    "REDIRECT_URI", Base64.getEncoder().encodeToString(elsewhere.getBytes(StandardCharsets.UTF_8)));
            cookie.setPath("/");
            cookie.setVersion(0);
            ((CookieManager) planted.cookieHandler().orElseThrow())
                    .getCookieStore()
                    .add(URI.create("http://localhost:" + port), cookie);
            assertThat(HttpSignIn.signIn(planted, port, email, ClaimFixtures.PASSWORD))
                    .as(elsewhere)
                    .isEqualTo("/");
        }
    }

    private static HttpCookie cookie(HttpClient http, String name) {
        return ((CookieManager) http.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals(name))
                        .findFirst()
                        .orElse(null);
    }
}
