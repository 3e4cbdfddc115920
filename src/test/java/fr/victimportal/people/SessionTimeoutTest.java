package fr.victimportal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.server.VaadinServlet;
import fr.victimportal.HttpSignIn;
import fr.victimportal.IntegrationTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Sessions end: a signed-in session lives 30 minutes without a request, then the next request is sent to the login
 * page; and an open page's heartbeat alone does not keep the page's Vaadin session alive (closeIdleSessions). Both
 * run against the real embedded Tomcat. Tomcat and Vaadin measure idleness on the system clock, not the portal's
 * clock, so instead of waiting half an hour the tests give the one session under test a timeout of a second or two
 * and wait for it to lapse (two seconds where heartbeats must keep reaching the server within the timeout).
 */
class SessionTimeoutTest extends IntegrationTest {

    private static final String VAADIN_SESSION = "com.vaadin.flow.server.VaadinSession.springServlet";

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private ServletWebServerApplicationContext web;

    @Autowired
    @Qualifier("servletRegistrationBean")
    private ServletRegistrationBean<?> vaadin;

    private HttpResponse<String> send(HttpClient http, String method, String path) throws Exception {
        return HttpSignIn.send(http, port, method, path);
    }

    /** A victim signed in over HTTP, on their account page as a browser would have it open. */
    private HttpClient signedInOnTheAccountPage(String name) throws Exception {
        HttpClient http = HttpSignIn.browser();
        assertThat(HttpSignIn.signIn(http, port, claims.newUser(Role.VICTIM, name), ClaimFixtures.PASSWORD))
                .isEqualTo("/");
        assertThat(send(http, "GET", "/mon-compte").statusCode()).isEqualTo(200);
        return http;
    }

    @Test
    void theServerEndsASessionIdleForItsTimeoutAndTheNextRequestGoesToTheLoginPage() throws Exception {
        assertThat(web.getServletContext().getSessionTimeout()).as("minutes").isEqualTo(30);
        HttpClient http = signedInOnTheAccountPage("Léa Martin");
        Session session = HttpSignIn.serverSession(web, http);
        assertThat(session.getMaxInactiveInterval()).as("seconds, signed in").isEqualTo(30 * 60);

        session.setMaxInactiveInterval(1);
        Manager manager = session.getManager();
        String id = session.getId();
        // no request meanwhile: Tomcat's own expiry sweep (its background processing) ends the session
        await().pollInterval(Duration.ofMillis(100))
                .atMost(Duration.ofSeconds(4))
                .until(() -> {
                    manager.backgroundProcess();
                    return manager.findSession(id) == null;
                });
        assertThat(session.isValid()).isFalse();

        HttpResponse<String> next = send(http, "GET", "/mon-compte");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void anOpenPagesHeartbeatAloneDoesNotKeepItsVaadinSessionAlive() throws Exception {
        assertThat(((VaadinServlet) vaadin.getServlet())
                        .getService()
                        .getDeploymentConfiguration()
                        .isCloseIdleSessions())
                .isTrue();
        HttpClient http = signedInOnTheAccountPage("Hugo Petit");
        HttpResponse<String> init = send(http, "GET", "/?v-r=init&location=mon-compte");
        assertThat(init.body()).as("the page's UI").contains("\"v-uiId\":0");
        Session session = HttpSignIn.serverSession(web, http);
        assertThat(Collections.list(session.getSession().getAttributeNames())).contains(VAADIN_SESSION);

        session.setMaxInactiveInterval(2);
        // only heartbeats from the open page: they keep reaching the server, yet Vaadin closes its idle session
        await().pollInterval(Duration.ofMillis(200))
                .atMost(Duration.ofSeconds(5))
                .until(() -> {
                    send(http, "POST", "/?v-r=heartbeat&v-uiId=0");
                    return !session.isValid() || session.getSession().getAttribute(VAADIN_SESSION) == null;
                });
        assertThat(send(http, "POST", "/?v-r=heartbeat&v-uiId=0").statusCode())
                .as("the page's UI is gone")
                .isNotEqualTo(200);
    }

    /**
     * The sign-in ends with the idle page too: when Vaadin closes its idle session, the HTTP session that holds the
     * sign-in is invalidated, although the open page's heartbeats kept it fresh, so reloading goes to the login page.
     */
    @Test
    void anOpenPageLeftIdleEndsTheSignIn() throws Exception {
        HttpClient http = signedInOnTheAccountPage("Nina Roux");
        send(http, "GET", "/?v-r=init&location=mon-compte");
        Session session = HttpSignIn.serverSession(web, http);
        session.setMaxInactiveInterval(2);
        await().pollInterval(Duration.ofMillis(200))
                .atMost(Duration.ofSeconds(5))
                .until(() -> {
                    send(http, "POST", "/?v-r=heartbeat&v-uiId=0");
                    return !session.isValid() || session.getSession().getAttribute(VAADIN_SESSION) == null;
                });
        assertThat(send(http, "GET", "/mon-compte").statusCode())
                .as("signed out")
                .isEqualTo(302);
    }
}
