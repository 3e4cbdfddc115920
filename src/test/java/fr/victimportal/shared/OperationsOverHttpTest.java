package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.HttpSignIn;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.TestFiles;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Over real HTTP against the running server: the security headers on every kind of response, and Actuator (health,
 * info, Prometheus metrics) on the management port only.
 */
class OperationsOverHttpTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Value("${local.management.port}")
    private int managementPort;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private MedicalDocuments documents;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<String> get(int onPort, String path) throws IOException, InterruptedException {
        // the application port by the name HttpSignIn signs in on (cookies are kept per host); the management port
        // listens on the loopback address only
        String host = onPort == port ? "localhost" : "127.0.0.1";
        return http.send(
                HttpRequest.newBuilder(URI.create("http://" + host + ":" + onPort + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String email, String password) throws IOException, InterruptedException {
        assertThat(HttpSignIn.signIn(http, port, email, password))
                .as("signed in")
                .doesNotContain("error");
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .as(response.uri().toString())
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                        .contains("style-src 'self' 'unsafe-inline'")
                        .contains("img-src 'self' data:")
                        .contains("object-src 'none'")
                        .contains("base-uri 'self'")
                        .contains("form-action 'self'")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("*"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Permissions-Policy"))
                .hasValueSatisfying(policy ->
                        assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()"));
    }

    @Test
    void theSignInPageASignedInPageAndVaadinsResourcesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get(port, "/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login);

        assertSecurityHeaders(get(port, "/styles/login.css"));

        // the sign-in page is plain HTML (issue 25); the sign-up page is a Vaadin page
        HttpResponse<String> signUp = get(port, "/inscription");
        assertThat(signUp.statusCode()).isEqualTo(200);
        assertSecurityHeaders(signUp);
        Matcher resource =
                Pattern.compile("[\"'/](VAADIN/[^\"'?#]+\\.(?:js|css))").matcher(signUp.body());
        assertThat(resource.find())
                .as("the bootstrap page loads a /VAADIN/ resource")
                .isTrue();
        HttpResponse<String> script = get(port, "/" + resource.group(1));
        assertThat(script.statusCode()).isEqualTo(200);
        assertSecurityHeaders(script);
        assertSecurityHeaders(get(port, "/styles/portal.css"));

        signIn(fixtures.newUser(Role.VICTIM, "Inès Marchand"), ClaimFixtures.PASSWORD);
        HttpResponse<String> account = get(port, "/mon-compte");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).doesNotContain("id=\"loginForm\"");
        assertSecurityHeaders(account);
    }

    @Test
    void healthInfoAndMetricsAnswerOnTheManagementPortAndNotOnTheApplicationPort() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);

        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"groups\"")
                .contains("\"status\":\"UP\"")
                .containsPattern("\"db\":\\{\"details\":\\{[^}]*\\},\"status\":\"UP\"");
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body())
                .contains("\"status\":\"UP\"")
                .contains("\"db\"")
                .contains("\"mail\"")
                .contains("\"readinessState\"");
        assertThat(get(managementPort, "/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(get(managementPort, "/actuator/info").body()).contains("victim-portal");

        // something for each counter to count: a refused upload, a failed sign-in
        var cast = medical.claimWithParticipants();
        fixtures.as(
                cast.victim(),
                () -> documents.upload(
                        cast.reference(),
                        List.of(new NewDocument(
                                "vide.pdf",
                                TestFiles.empty(),
                                DocumentClass.MEDICAL_CARE,
                                DocumentType.HOSPITAL_REPORT,
                                LocalDate.of(2026, 10, 6),
                                "Compte rendu"))));
        HttpSignIn.signIn(http, port, "personne@example.org", "faux");

        HttpResponse<String> prometheus = get(managementPort, "/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(prometheus.body())
                .containsPattern("(?m)^portal_mail_outbox_backlog\\{[^}]*\\} \\d")
                .containsPattern("(?m)^portal_mail_failed\\{[^}]*\\} \\d")
                .containsPattern("(?m)^portal_reminders_due\\{[^}]*\\} \\d")
                .containsPattern("(?m)^portal_reminders_sent_total\\{[^}]*\\} \\d")
                .containsPattern("(?m)^portal_medical_uploads_refused_total\\{[^}]*reason=\"empty\"[^}]*\\} [1-9]")
                .containsPattern(
                        "(?m)^portal_signin_failures_total\\{[^}]*reason=\"BadCredentialsException\"[^}]*\\} [1-9]")
                .containsPattern("(?m)^tomcat_sessions_active_current_sessions\\{[^}]*\\} \\d")
                .contains("hikaricp_connections_active");

        // the application's port: nothing of Actuator, signed in or not
        assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(get(port, "/actuator").statusCode()).isEqualTo(404);
        signIn(fixtures.newUser(Role.AGENT, "Paul Agent"), ClaimFixtures.PASSWORD);
        HttpResponse<String> signedIn = get(port, "/actuator/health");
        assertThat(signedIn.statusCode()).isEqualTo(404);
        assertThat(signedIn.body()).doesNotContain("\"status\"");
    }
}
