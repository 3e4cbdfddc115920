package fr.victimportal.shared;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.zaxxer.hikari.HikariDataSource;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A database outage as the application meets it: no connection within Hikari's connection-timeout. Played on the real
 * pool by taking all its connections (making H2 refuse new connections closes the in-memory database for the tests
 * that follow). Pages answer within a few seconds (Hikari's connection-timeout, 3 s) with a translated "service
 * unavailable", not a 30-second wait and a generic error.
 */
@Timeout(120)
class DatabaseOutageTest extends KaribuTest {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private AccountService accounts;

    /** The pool's every connection, taken by the test: the application gets none, as when the database is down. */
    private final List<Connection> taken = new ArrayList<>();

    private void databaseDown() throws SQLException {
        HikariDataSource pool = (HikariDataSource) dataSource;
        for (int i = 0; i < pool.getHikariConfigMXBean().getMaximumPoolSize(); i++) {
            taken.add(pool.getConnection());
        }
    }

    @AfterEach
    void databaseBack() throws SQLException {
        for (Connection connection : taken) {
            connection.close();
        }
        taken.clear();
    }

    @Test
    void aPageOpenedDuringAnOutageSaysTheServiceIsUnavailableWithinAFewSeconds() throws SQLException {
        login(fixtures.newUser(Role.VICTIM, "Lina Perrin"), ClaimFixtures.PASSWORD);
        databaseDown();

        long start = System.nanoTime();
        UI.getCurrent().navigate("mon-compte");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(8));
        assertThat(_get(H1.class).getText()).isEqualTo("Service momentanément indisponible");
        assertThat(_get(Paragraph.class).getText())
                .startsWith("Le service est momentanément indisponible. Vos données enregistrées ne sont pas perdues.")
                .containsPattern("donnez ce code à l’assistance : [0-9A-F]{8}\\.");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Service momentanément indisponible");
    }

    @Test
    void anActionThatFailsDuringAnOutageSaysTheServiceIsUnavailable() throws SQLException {
        startUi(Locale.ENGLISH);
        UI.getCurrent().navigate("delais");
        databaseDown();
        // what a button's listener would meet: the real exception of a service call without a database
        Throwable failure = Assertions.catchThrowable(() -> accounts.idOf("personne@example.org"));
        assertThat(failure).isNotNull();

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));

        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).getElement().getProperty("text"))
                .startsWith("The service is temporarily unavailable. What you saved is not lost.")
                .doesNotContain("Exception", "Hikari", "jdbc");
    }

    @Test
    void aRefusedWriteIsNotMistakenForAnOutage() {
        UI.getCurrent().navigate("delais");
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new DataIntegrityViolationException("duplicate key")));
        assertThat(NotificationsKt.getNotifications().get(0).getElement().getProperty("text"))
                .startsWith("Une erreur inattendue nous empêche de continuer.");
    }
}
