package fr.victimportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.notification.domain.OutboxMail;
import fr.victimportal.notification.domain.OutboxMailRepository;
import fr.victimportal.shared.PortalProperties;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.spring.ExtendedLockConfigurationExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a crash the jobs resume within a minute (ShedLock's lock frees itself after
 * {@code portal.jobs.lock-at-most-for}, and a run stops taking work before that), and a mail that went out just before the crash and goes out again keeps
 * its Message-ID, so the receiving side can recognise the repeat (delivery is at least once).
 */
class JobRecoveryTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

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
    private ExtendedLockConfigurationExtractor lockConfigurations;

    @Value("${portal.base-url}")
    private String baseUrl;

    @BeforeEach
    void emptyTheQueue() {
        MailTesting.deliverAll(delivery);
    }

    private String queueMailTo() {
        String email = fixtures.newUser(Role.VICTIM, "Nina Roux");
        MailMessage message = MailMessage.subject("mail.footer.notice")
                .paragraph("mail.footer.notAdvice")
                .build();
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        s -> outbox.enqueue(Mail.notice(accounts.idOf(email).orElseThrow(), message, null)));
        return email;
    }

    /** A worker whose SMTP sender does something after each mail the server accepted. */
    private MailDelivery worker(String name, Consumer<MimeMessage> afterEachSend) {
        JavaMailSenderImpl real = (JavaMailSenderImpl) sender.getObject();
        JavaMailSenderImpl wrapped = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                for (MimeMessage message : messages) {
                    real.send(message);
                    afterEachSend.accept(message);
                }
            }
        };
        wrapped.setSession(real.getSession());
        ObjectProvider<JavaMailSender> provider = new ObjectProvider<>() {
            @Override
            public JavaMailSender getObject() {
                return wrapped;
            }

            @Override
            public JavaMailSender getIfAvailable() {
                return wrapped;
            }
        };
        return new MailDelivery(name, mails, transactions, provider, properties.mail(), clock, baseUrl);
    }

    @Test
    void aMailSentAgainAfterACrashKeepsItsMessageId() throws Exception {
        String email = queueMailTo();
        // instance-a hands the mail to the SMTP server and dies before it can mark it sent
        MailDelivery dying = worker("instance-a", m -> {
            throw new IllegalStateException("instance-a died");
        });
        assertThatThrownBy(dying::deliverDue).hasMessage("instance-a died");
        OutboxMail left = mails.findByRecipientAddressOrderByIdAsc(email).get(0);
        assertThat(left.getStatus()).isEqualTo(MailStatus.SENDING);
        assertThat(ReceivedMail.to(SMTP, email)).hasSize(1);

        // its lease runs out and instance-b sends it again: at least once, never lost
        clock.advance(properties.mail().lease());
        worker("instance-b", m -> {}).deliverDue();

        List<ReceivedMail> received = ReceivedMail.to(SMTP, email);
        assertThat(received).hasSize(2);
        String first = received.get(0).header("Message-ID");
        assertThat(first)
                .isEqualTo(received.get(1).header("Message-ID"))
                .startsWith("<outbox-" + left.getId() + ".")
                .endsWith("@localhost>");
        assertThat(mails.findById(left.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void aRunStopsTakingMailsWhenItsBudgetIsSpentAndTheNextRunSendsTheRest() {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            addresses.add(queueMailTo());
        }
        // a slow SMTP server: 20 seconds per mail
        MailDelivery slow = worker("instance-slow", m -> clock.advance(Duration.ofSeconds(20)));

        MailDelivery.Report first = slow.deliverDue(Duration.ofSeconds(40));
        assertThat(first.sent())
                .as("two mails fit in 40 s; the third would run past the budget")
                .isEqualTo(2);
        assertThat(addresses.stream().filter(a -> ReceivedMail.to(SMTP, a).size() == 1))
                .hasSize(2);

        slow.deliverDue(Duration.ofSeconds(40));
        slow.deliverDue(Duration.ofSeconds(40));
        assertThat(addresses)
                .allSatisfy(a -> assertThat(ReceivedMail.to(SMTP, a)).hasSize(1));
    }

    @Test
    void bothJobsLocksFreeThemselvesWithinAMinuteAndARunEndsBeforeItsLock() throws Exception {
        Object mailSchedule = new MailDeliverySchedule(delivery, properties);
        Class<?> reminderType = Class.forName("fr.victimportal.reminder.ReminderSchedule");
        Constructor<?> constructor = reminderType.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        Object reminderSchedule = constructor.newInstance(null, properties);

        for (Object schedule : List.of(mailSchedule, reminderSchedule)) {
            Method run = schedule.getClass().getMethod("run");
            // ShedLock's own reading of the annotation, with the application's properties
            LockConfiguration lock = lockConfigurations
                    .getLockConfiguration(schedule, run, new Object[0])
                    .orElseThrow();
            assertThat(lock.getLockAtMostFor()).as(lock.getName()).isLessThanOrEqualTo(Duration.ofMinutes(1));
            assertThat(properties.jobs().runBudget()).as(lock.getName()).isLessThan(lock.getLockAtMostFor());
        }
    }
}
