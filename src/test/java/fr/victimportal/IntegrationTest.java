package fr.victimportal;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Base of every test that needs the running application (see {@link PortalSpringBootTest}). */
@PortalSpringBootTest
public abstract class IntegrationTest {

    @Autowired
    protected TestClock clock;

    @LocalServerPort
    protected int port;

    @Autowired
    private JdbcTemplate eventPublications;

    /**
     * Lets the listeners that run after a commit (docs/architecture/events.md) finish before the next test, so that a
     * notice of this test never lands in the next one's mails. A failed listener leaves its row as FAILED and is not
     * waited for.
     */
    @AfterEach
    void awaitEventListeners() {
        await().atMost(Duration.ofSeconds(10)).until(() -> eventPublications.queryForObject(
                "select count(*) from event_publication where status is null or status <> 'FAILED'",
                Integer.class) == 0);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
