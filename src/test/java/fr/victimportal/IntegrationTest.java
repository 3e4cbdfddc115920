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
}
