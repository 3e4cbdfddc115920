package fr.victimportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.victimportal.HttpSignIn;
import fr.victimportal.KaribuTest;
import fr.victimportal.claim.ClaimFixtures;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * A database out of reach at sign-in: the running server answers within seconds (Hikari's connection
 * timeout, 3 s) and the login page says the service is unavailable, not that the password is wrong. The outage is
 * real as the application sees it: every connection of the pool is held, so none can be had.
 */
class DatabaseOutageLoginTest extends KaribuTest {

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private ServletWebServerApplicationContext web;

    @Test
    void signingInDuringADatabaseOutageSaysTheServiceIsUnavailableWithinSeconds() throws Exception {
        String email = claims.newUser(Role.VICTIM, "Basile Fontaine");
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getConnectionTimeout()).as("ms").isEqualTo(3000);
        HttpClient http = HttpSignIn.browser();
        String token = HttpSignIn.loginPageToken(http, port);

        List<Connection> held = new ArrayList<>();
        long took;
        HttpResponse<Void> response;
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            long start = System.nanoTime();
            response = HttpSignIn.post(http, port, email, ClaimFixtures.PASSWORD, token);
            took = (System.nanoTime() - start) / 1_000_000;
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=unavailable"));
        assertThat(took).as("ms, not Hikari's default 30 s").isLessThan(15_000);

        String shown = HttpSignIn.alert(HttpSignIn.page(http, port, "/login?error=unavailable"));
        assertThat(shown)
                .contains("Service momentanément indisponible", "votre mot de passe n’est pas en cause")
                .doesNotContain("mot de passe incorrect");

        assertThat(HttpSignIn.signIn(http, port, email, ClaimFixtures.PASSWORD))
                .as("back once the database is")
                .isEqualTo("/");
    }
}
