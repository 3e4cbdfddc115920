package fr.victimportal;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of every test that needs the running application (see {@link PortalSpringBootTest}). */
@PortalSpringBootTest
public abstract class IntegrationTest {

    @Autowired
    protected TestClock clock;

    @LocalServerPort
    protected int port;

    @Autowired
    private AfterCommitListeners afterCommitListeners;

    /** A notice written after this test's last commit never lands among the next test's mails. */
    @AfterEach
    void awaitAfterCommitListeners() {
        afterCommitListeners.awaitAll();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Sets the clock to this hour (on the hour) of a day in Paris, the portal's time zone. */
    protected void today(int year, int month, int day, int hour) {
        clock.set(TestClock.paris(year, month, day, hour, 0));
    }
}
