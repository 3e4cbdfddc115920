package fr.victimportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.TestClock;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.notification.domain.OutboxMail;
import fr.victimportal.notification.domain.OutboxMailRepository;
import fr.victimportal.reminder.ReminderJob;
import fr.victimportal.shared.PortalProperties;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several instances on one database: two delivery workers racing over the same outbox send each mail once, ShedLock
 * holds its lock, and the reminders' unique key holds. Written once, run on H2 ({@link H2MultiInstanceMailTest}) and on
 * PostgreSQL ({@link PostgresMultiInstanceMailTest}).
 */
abstract class MultiInstanceMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    static final int MAILS = 40;

    @Autowired
    protected TestClock clock;

    @Autowired
    private Outbox outbox;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private OutboxMailRepository mails;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private ObjectProvider<JavaMailSender> sender;

    @Autowired
    private PortalProperties properties;

    @Autowired
    private AccountService accounts;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private ReminderJob reminderJob;

    @Autowired
    private LockProvider locks;

    @Autowired
    private JdbcTemplate jdbc;

    @Value("${portal.base-url}")
    private String baseUrl;

    @BeforeEach
    void emptyTheQueue() {
        MailTesting.deliverAll(delivery);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MailDelivery worker(String name) {
        return new MailDelivery(name, mails, transactions, sender, properties.mail(), clock, baseUrl);
    }

    @Test
    void twoDeliveryWorkersRacingOverOneOutboxSendEachMailOnce() throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < MAILS; i++) {
            String email = "race-" + i + "-" + UUID.randomUUID() + "@example.org";
            accounts.create(email, ClaimFixtures.PASSWORD, "Personne " + i, Role.VICTIM, Locale.FRENCH);
            addresses.add(email);
        }
        MailMessage message = MailMessage.subject("mail.footer.notice")
                .paragraph("mail.footer.notAdvice")
                .build();
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> addresses.forEach(
                        a -> outbox.enqueue(Mail.notice(accounts.idOf(a).orElseThrow(), message, null))));

        MailDelivery a = worker("instance-a");
        MailDelivery b = worker("instance-b");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<MailDelivery.Report> ra = threads.submit(() -> {
                start.await();
                return a.deliverDue();
            });
            Future<MailDelivery.Report> rb = threads.submit(() -> {
                start.await();
                return b.deliverDue();
            });
            start.countDown();
            MailDelivery.Report first = ra.get();
            MailDelivery.Report second = rb.get();

            assertThat(first.sent() + second.sent()).isEqualTo(MAILS);
            // How many candidates each worker saw depends on thread timing (a mail already sent is no longer a
            // candidate), so only what must always hold is asserted: no worker counts more than the outbox held.
            assertThat(first.sent() + first.takenByAnother()).as("a").isLessThanOrEqualTo(MAILS);
            assertThat(second.sent() + second.takenByAnother()).as("b").isLessThanOrEqualTo(MAILS);
        } finally {
            threads.shutdownNow();
        }
        for (String address : addresses) {
            assertThat(ReceivedMail.to(SMTP, address)).as(address).hasSize(1);
            OutboxMail sent = mails.findByRecipientAddressOrderByIdAsc(address).get(0);
            assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
            assertThat(sent.getAttempts()).isEqualTo(1);
            assertThat(sent.getClaimedBy()).isNull();
        }
    }

    @Test
    void aMailLeftSendingByADeadInstanceIsTakenAgainWhenItsLeaseRunsOut() {
        String email = fixtures.newUser(Role.VICTIM, "Paul Vidal");
        MailMessage message = MailMessage.subject("mail.footer.notice").build();
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        s -> outbox.enqueue(Mail.notice(accounts.idOf(email).orElseThrow(), message, null)));
        OutboxMail mail = mails.findByRecipientAddressOrderByIdAsc(email).get(0);
        // instance-a claims the mail and dies before sending it
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> mails.claim(
                        mail.getId(),
                        "instance-a",
                        clock.instant(),
                        clock.instant().plus(properties.mail().lease())));

        worker("instance-b").deliverDue();
        assertThat(ReceivedMail.to(SMTP, email))
                .as("still leased to instance-a")
                .isEmpty();

        clock.advance(properties.mail().lease());
        worker("instance-b").deliverDue();
        assertThat(ReceivedMail.to(SMTP, email)).hasSize(1);
        assertThat(mails.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void shedLockLetsOneInstanceAtATimeRunAJob() {
        String name = "test-" + UUID.randomUUID();
        Optional<SimpleLock> first =
                locks.lock(new LockConfiguration(clock.instant(), name, Duration.ofMinutes(5), Duration.ZERO));
        assertThat(first).isPresent();
        assertThat(locks.lock(new LockConfiguration(clock.instant(), name, Duration.ofMinutes(5), Duration.ZERO)))
                .isEmpty();
        first.get().unlock();
        locks.lock(new LockConfiguration(clock.instant(), name, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow()
                .unlock();
    }

    @Test
    void aReminderIsPlannedOnceSentOnceAndItsKeyIsUnique() {
        String victim = fixtures.newUser(Role.VICTIM, "Rose Caron");
        clock.set(ZonedDateTime.of(2026, 11, 22, 18, 0, 0, 0, TestClock.PARIS).toInstant());
        String ref = fixtures.submittedClaim(
                victim,
                LocalDate.of(2026, 10, 5),
                new ProcedureDates(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 10), null, null));
        String insert = "insert into reminder (claim_reference, kind, due_date, send_at, status, planned_at)"
                + " values (?, 'QUESTIONNAIRE_ANSWER_IN_7_DAYS', ?, current_timestamp, 'PLANNED', current_timestamp)";
        assertThatThrownBy(() -> jdbc.update(insert, ref, LocalDate.of(2026, 12, 22)))
                .isInstanceOf(DataIntegrityViolationException.class);

        clock.set(ZonedDateTime.of(2026, 12, 15, 9, 0, 0, 0, TestClock.PARIS).toInstant());
        reminderJob.sendDue();
        reminderJob.sendDue();
        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, victim))
                .extracting(ReceivedMail::subject)
                .containsExactly("Questionnaire de l’assureur : à renvoyer au plus tard le 22 décembre 2026");
    }
}
