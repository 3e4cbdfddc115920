package fr.victimportal;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The listeners that run after a commit, on another thread (the agents' notices, docs/architecture/events.md): each
 * event waits for them in the event_publication table, and leaves it once its listener has run.
 */
@Component
public class AfterCommitListeners {

    private final JdbcTemplate jdbc;

    AfterCommitListeners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits until every event published so far has been handled; a failed listener (FAILED) is not waited for. Every
     * integration test calls this after each test: the first look is immediate (Awaitility would otherwise wait one
     * poll interval, 100 ms, before it, even with nothing pending) and then every 10 ms.
     */
    public void awaitAll() {
        await().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where status is null or status <> 'FAILED'",
                                Integer.class)
                        == 0);
    }
}
