package fr.victimportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.server.VaadinServlet;
import fr.victimportal.HttpSignIn;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.domain.UserAccountRepository;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import jakarta.servlet.SessionTrackingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Sessions over real HTTP against the running server: a password reset ends every other session; a session
 * is bound to the account's epoch at sign-in, so one that has not made a request yet does not outlive a password
 * change, and one without an epoch is ended; the session id travels only in its cookie; a session nobody signed in to
 * lives minutes, not half an hour; the login POST needs the page's CSRF token.
 */
class SessionSecurityTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private AccountService accountService;

    @Autowired
    private AccountLinks links;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private ServletWebServerApplicationContext web;

    @Autowired
    @Qualifier("servletRegistrationBean")
    private ServletRegistrationBean<?> vaadin;

    private int status(HttpClient http, String path) throws Exception {
        return HttpSignIn.status(http, port, path);
    }

    private Session serverSession(HttpClient http) {
        return HttpSignIn.serverSession(web, http);
    }

    private static String sessionId(HttpClient http) {
        return HttpSignIn.sessionId(http);
    }

    @Test
    void aPasswordResetEndsEveryOtherSessionAndUnlocksTheAccount() throws Exception {
        String email = claims.newUser(Role.VICTIM, "Lina Perrin");
        HttpClient other = HttpSignIn.browser();
        assertThat(HttpSignIn.signIn(other, port, email, ClaimFixtures.PASSWORD))
                .isEqualTo("/");
        assertThat(status(other, "/mon-compte")).isEqualTo(200);
        HttpClient guesser = HttpSignIn.browser();
        for (int i = 0; i < 5; i++) {
            HttpSignIn.signIn(guesser, port, email, "essai-" + i);
        }
        assertThat(accounts.findByEmail(email).orElseThrow().isLockedAt(clock.instant()))
                .isTrue();

        links.requestPasswordReset(email);
        MailTesting.deliverAll(delivery);
        String token = ReceivedMail.last(SMTP, email).linkToken("/nouveau-mot-de-passe/");
        assertThat(links.resetPassword(token, "Une phrase toute neuve et longue"))
                .isEqualTo(AccountLinks.Outcome.DONE);

        assertThat(status(other, "/mon-compte")).as("the other session ended").isEqualTo(302);
        assertThat(HttpSignIn.signIn(HttpSignIn.browser(), port, email, "Une phrase toute neuve et longue"))
                .as("the reset also unlocked the account")
                .isEqualTo("/");
    }

    @Test
    void aSessionThatHasNotMadeARequestYetDoesNotOutliveAPasswordChange() throws Exception {
        String email = claims.newUser(Role.VICTIM, "Hugo Lemaire");
        HttpClient idle = HttpSignIn.browser();
        assertThat(HttpSignIn.signIn(idle, port, email, ClaimFixtures.PASSWORD)).isEqualTo("/");
        // no request from that session yet; meanwhile the owner changes the password elsewhere
        claims.as(email, () -> accountService.changeMyPassword(ClaimFixtures.PASSWORD, "Une autre phrase bien longue"));
        assertThat(status(idle, "/mon-compte"))
                .as("its first request finds it ended")
                .isEqualTo(302);
    }

    @Test
    void aSignedInSessionWithoutAnEpochIsEnded() throws Exception {
        String email = claims.newUser(Role.VICTIM, "Inès Garcia");
        HttpClient http = HttpSignIn.browser();
        HttpSignIn.signIn(http, port, email, ClaimFixtures.PASSWORD);
        assertThat(serverSession(http).getSession().getAttribute(SessionEpochFilter.ATTRIBUTE))
                .as("bound at sign-in")
                .isEqualTo(
                        accountService.sessionEpoch(accountService.idOf(email).orElseThrow()));
        serverSession(http).getSession().removeAttribute(SessionEpochFilter.ATTRIBUTE);
        assertThat(status(http, "/mon-compte")).isEqualTo(302);
    }

    @Test
    void theSessionIdTravelsOnlyInItsCookieNeverInAUrl() throws Exception {
        String email = claims.newUser(Role.VICTIM, "Nora Blanc");
        HttpClient owner = HttpSignIn.browser();
        HttpSignIn.signIn(owner, port, email, ClaimFixtures.PASSWORD);
        assertThat(status(owner, "/mon-compte")).isEqualTo(200);

        HttpClient noCookies = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> withIdInUrl = noCookies.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/mon-compte;jsessionid=" + sessionId(owner)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withIdInUrl.statusCode())
                .as("an id in the URL is not a session")
                .isEqualTo(302);
        assertThat(withIdInUrl.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
        HttpResponse<String> login = noCookies.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
        assertThat(web.getServletContext().getEffectiveSessionTrackingModes())
                .containsExactly(SessionTrackingMode.COOKIE);
    }

    @Test
    void aSessionNobodySignedInToLivesMinutesAndSignInGivesItTheNormalTimeout() throws Exception {
        String email = claims.newUser(Role.VICTIM, "Paul Meyer");
        HttpClient http = HttpSignIn.browser();
        // the sign-in page keeps no session (issue 25); an anonymous Vaadin page (sign-up) does
        assertThat(status(http, "/inscription")).isEqualTo(200);
        String token = HttpSignIn.loginPageToken(http, port);
        assertThat(serverSession(http).getMaxInactiveInterval())
                .as("seconds, anonymous")
                .isEqualTo(600);
        int heartbeat = ((VaadinServlet) vaadin.getServlet())
                .getService()
                .getDeploymentConfiguration()
                .getHeartbeatInterval();
        assertThat(heartbeat)
                .as("an open page's heartbeat keeps its short session alive")
                .isLessThan(600);

        assertThat(HttpSignIn.post(http, port, email, ClaimFixtures.PASSWORD, token)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(serverSession(http).getMaxInactiveInterval())
                .as("seconds, signed in")
                .isEqualTo(30 * 60);
        assertThat(status(http, "/mon-compte")).isEqualTo(200);
    }

    @Test
    void theLoginPostNeedsThePagesCsrfTokenAndTheRealFormSendsIt() throws Exception {
        String email = claims.newUser(Role.VICTIM, "Zoé Roussel");
        HttpClient http = HttpSignIn.browser();
        String token = HttpSignIn.loginPageToken(http, port);
        HttpResponse<Void> without = HttpSignIn.post(http, port, email, ClaimFixtures.PASSWORD, null);
        // refused: the credentials are not even checked, the browser is sent back to the login page, which says why
        assertThat(without.headers().firstValue("Location"))
                .as("refused without the token")
                .hasValue("http://localhost:" + port + "/login?error=expired");
        String expired = HttpSignIn.page(http, port, "/login?error=expired");
        assertThat(HttpSignIn.alert(expired)).contains("La page de connexion avait expiré", "Rien n’a été vérifié");
        assertThat(expired).as("the address typed is given back").contains("value=\"" + email + "\"");
        assertThat(HttpSignIn.post(http, port, email, ClaimFixtures.PASSWORD, "forged-" + token)
                        .headers()
                        .firstValue("Location"))
                .as("refused with a wrong token")
                .hasValue("http://localhost:" + port + "/login?error=expired");
        assertThat(accounts.findByEmail(email).orElseThrow().getLastLoginAt())
                .as("not signed in")
                .isNull();

        // what the sign-in form posts: the page's token (its hidden _csrf field, also in its _csrf meta tag)
        assertThat(HttpSignIn.signIn(http, port, email, ClaimFixtures.PASSWORD)).isEqualTo("/");
        assertThat(status(http, "/mon-compte")).isEqualTo(200);
    }
}
