package fr.victimportal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
    private AfterCommitListeners afterCommitListeners;

    @Autowired
    private JdbcTemplate outbox;

    /** The test class whose mails the outbox holds (test classes run one after the other in a JVM). */
    private static volatile Class<?> outboxOwner;

    /**
     * Mails an earlier test class queued and never delivered are not this class's: they are dropped before its first
     * test, so that its own delivery ({@code MailTesting.deliverAll}) does not first send that whole backlog to its
     * SMTP server (in the whole suite, HeirDigestsTest spent two and a half minutes doing so).
     */
    @BeforeEach
    void dropEarlierClassesPendingMail() {
        if (outboxOwner != getClass()) {
            outboxOwner = getClass();
            outbox.update("delete from mail_outbox where status = 'PENDING'");
        }
    }

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
