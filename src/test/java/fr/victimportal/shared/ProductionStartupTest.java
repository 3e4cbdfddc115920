package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application as a production start sees it: application.properties alone, no profile. No demo account, claim
 * or outbox exists, whatever base URL is configured; and the demo refuses to start on a public address. Each test
 * starts an application of its own, which resets Spring Security's static context strategy: the *StartupTest classes
 * run in a JVM of their own (Surefire execution startup-tests).
 */
class ProductionStartupTest {

    @Test
    void aStartWithoutProfileCreatesNoDemoDataAndHasNoDemoOutbox() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:production-defaults;DB_CLOSE_DELAY=-1",
                        "--portal.jobs.enabled=false",
                        "--portal.base-url=https://portail.example.fr",
                        "--portal.medical.encryption-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")) {
            assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain(DemoModeGuard.PROFILE);
            assertThat(context.getEnvironment().getProperty("portal.demo.enabled", Boolean.class))
                    .isFalse();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from claim", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from doctor_directory", Integer.class))
                    .isZero();

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<String> outbox = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/demo/courriels"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(outbox.body()).doesNotContain("@demo.victim-portal.fr");
        }
    }

    @Test
    void theApplicationDoesNotStartWithTheDemoOnAPublicAddress() {
        // the real start-up path: the guard stops the start before any bean, and so any demo data, exists
        Assertions.assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                        .profiles(DemoModeGuard.PROFILE)
                        .run(
                                "--server.port=0",
                                "--spring.datasource.url=jdbc:h2:mem:demo-guard;DB_CLOSE_DELAY=-1",
                                "--portal.base-url=https://portail.example.fr",
                                "--portal.jobs.enabled=false")
                        .close())
                .hasStackTraceContaining("not a loopback address");
    }
}
