package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import fr.victimportal.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SQL statements one navigation costs (issue 25): the dashboard and the offer review of a victim with a recorded
 * offer, and a round trip that changes nothing. Every statement counts, Hibernate's and the JdbcTemplate's (the audit
 * trail), as their loggers name them. Upper bounds, no timing. Measured on 2026-12-05 before the change: dashboard 31
 * (30 Hibernate and the audit trail's), offer review 20, the empty round trip 0 (plus, over HTTP, the session-epoch
 * check, which this browserless test does not pass through).
 */
class NavigationQueriesTest extends KaribuTest {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(NavigationQueriesTest.class);

    @Autowired
    private OfferFixtures fixtures;

    private OfferFixtures.Victim victim;

    @BeforeEach
    void aVictimWithAnOffer() {
        today(2026, 12, 4, 11);
        victim = fixtures.victimWithOffer("Navigation Mesurée");
        openAs(victim.email(), "dossier/" + victim.reference());
    }

    /** The statements sent while {@code action} runs (after one warming run), logged for the benchmark notes. */
    private static List<String> statements(String what, Runnable action) {
        action.run();
        Logger hibernate = (Logger) LoggerFactory.getLogger("org.hibernate.SQL");
        Logger jdbc = (Logger) LoggerFactory.getLogger("org.springframework.jdbc.core.JdbcTemplate");
        Level hibernateWas = hibernate.getLevel();
        Level jdbcWas = jdbc.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        for (Logger l : List.of(hibernate, jdbc)) {
            l.addAppender(appender);
            l.setLevel(Level.DEBUG);
            l.setAdditive(false);
        }
        try {
            action.run();
        } finally {
            for (Logger l : List.of(hibernate, jdbc)) {
                l.detachAppender(appender);
                l.setAdditive(true);
            }
            hibernate.setLevel(hibernateWas);
            jdbc.setLevel(jdbcWas);
        }
        List<String> sent = appender.list.stream()
                .filter(e -> e.getLoggerName().equals("org.hibernate.SQL")
                        || e.getFormattedMessage().startsWith("Executing prepared SQL statement")
                        || e.getFormattedMessage().startsWith("Executing SQL"))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
        log.info("{}: {} SQL statements", what, sent.size());
        sent.forEach(s -> log.info("  {}", s.length() > 160 ? s.substring(0, 160) + "…" : s));
        return sent;
    }

    @Test
    void theDashboardReadsTheClaimOnce() {
        List<String> sent = statements("Dashboard", () -> UI.getCurrent().navigate("dossier/" + victim.reference()));
        assertThat(sent).hasSizeLessThanOrEqualTo(19);
        assertThat(sent).filteredOn(s -> s.contains(" from claim c1_0 ")).hasSize(1);
    }

    @Test
    void theOfferReviewReadsTheClaimOnce() {
        List<String> sent =
                statements("Offer review", () -> UI.getCurrent().navigate("dossier/" + victim.reference() + "/offre"));
        assertThat(sent).hasSizeLessThanOrEqualTo(14);
        assertThat(sent).filteredOn(s -> s.contains(" from claim c1_0 ")).hasSize(1);
    }

    @Test
    void aRoundTripThatChangesNothingReadsNothing() {
        assertThat(statements("Empty round trip", () -> MockVaadin.clientRoundtrip(false)))
                .isEmpty();
    }
}
