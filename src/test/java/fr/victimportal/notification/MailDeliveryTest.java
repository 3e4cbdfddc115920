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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox and its delivery job against a real SMTP server (GreenMail), which the tests stop and start. */
class MailDeliveryTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private Outbox outbox;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private OutboxMailRepository mails;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private AccountService accounts;

    @Autowired
    private TransactionTemplate tx;

    @BeforeEach
    void emptyTheQueue() {
        MailTesting.deliverAll(delivery);
    }

    private String user() {
        return fixtures.newUser(Role.VICTIM, "Léa Garnier");
    }

    private static MailMessage notice() {
        return MailMessage.subject("reminder.OFFER_8M_OVERDUE.subject", LocalDate.of(2026, 11, 2))
                .paragraph("deadline.OFFER_8M.ifMissed")
                .action("reminder.action.dashboard", "dossier/VP-TEST-0001")
                .build();
    }

    private OutboxMail write(String email) {
        long id = accounts.idOf(email).orElseThrow();
        assertThat(enqueue(Mail.notice(id, notice(), null))).isEqualTo(Outbox.Outcome.QUEUED);
        return single(email);
    }

    private Outbox.Outcome enqueue(Mail mail) {
        return tx.execute(s -> outbox.enqueue(mail));
    }

    private OutboxMail single(String email) {
        List<OutboxMail> written = mails.findByRecipientAddressOrderByIdAsc(email);
        assertThat(written).hasSize(1);
        return written.get(0);
    }

    @Test
    void aNoticeGoesOutOnceWithTextAndHtmlPartsAndSaysItCannotBeUnsubscribed() {
        String email = user();
        write(email);

        MailTesting.deliverAll(delivery);
        MailTesting.deliverAll(delivery);

        List<ReceivedMail> received = ReceivedMail.to(SMTP, email);
        assertThat(received).hasSize(1);
        ReceivedMail mail = received.get(0);
        assertThat(mail.subject())
                .isEqualTo("Offre de l’assureur : le délai de huit mois a pris fin le 2 novembre 2026");
        assertThat(mail.text())
                .startsWith("Bonjour Léa Garnier,")
                .contains(
                        "intérêts au double du taux légal",
                        "http://localhost:8080/dossier/VP-TEST-0001",
                        "il n’est pas possible de s’en désabonner",
                        "Portail victimes")
                .doesNotContain("desabonnement");
        assertThat(mail.html()).contains("lang=\"fr\"", "href=\"http://localhost:8080/dossier/VP-TEST-0001\"");
        assertThat(mail.header("List-Unsubscribe")).isNull();
        assertThat(single(email).getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(single(email).getSentAt()).isEqualTo(clock.instant());
    }

    @Test
    void aMailWrittenInATransactionThatRollsBackDoesNotExist() {
        String email = user();
        long id = accounts.idOf(email).orElseThrow();
        tx.executeWithoutResult(s -> {
            outbox.enqueue(Mail.notice(id, notice(), null));
            s.setRollbackOnly();
        });
        assertThat(mails.findByRecipientAddressOrderByIdAsc(email)).isEmpty();
    }

    @Test
    void theOutboxRefusesToWriteOutsideTheCallersTransaction() {
        long id = accounts.idOf(user()).orElseThrow();
        assertThatThrownBy(() -> outbox.enqueue(Mail.notice(id, notice(), null)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aSecondMailWithTheSameKeyIsNotWritten() {
        String email = user();
        long id = accounts.idOf(email).orElseThrow();
        assertThat(enqueue(Mail.notice(id, notice(), "test:once:" + id))).isEqualTo(Outbox.Outcome.QUEUED);
        assertThat(enqueue(Mail.notice(id, notice(), "test:once:" + id))).isEqualTo(Outbox.Outcome.DUPLICATE);
        single(email);
    }

    @Test
    void whileTheSmtpServerIsDownNothingIsLostAndTheMailGoesOutWhenItIsBack() {
        String email = user();
        OutboxMail written = write(email);
        SMTP.stop();

        MailDelivery.Report down = delivery.deliverDue();
        assertThat(down.smtpUnreachable()).isTrue();
        OutboxMail waiting = single(email);
        assertThat(waiting.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getLastError()).contains("127.0.0.1");
        assertThat(waiting.getNextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        SMTP.start();
        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, email))
                .as("not before its next attempt")
                .isEmpty();

        clock.advance(Duration.ofMinutes(1));
        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, email)).hasSize(1);
        OutboxMail sent = single(email);
        assertThat(sent.getId()).isEqualTo(written.getId());
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
    }

    @Test
    void theDelaysGrowAndAfterTheLastAttemptTheMailIsFailedWithItsError() {
        String email = user();
        write(email);
        SMTP.stop();
        List<Duration> waits = List.of(
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                Duration.ofMinutes(30),
                Duration.ofHours(2),
                Duration.ofHours(12));
        for (int attempt = 1; attempt <= 5; attempt++) {
            delivery.deliverDue();
            OutboxMail mail = single(email);
            assertThat(mail.getAttempts()).isEqualTo(attempt);
            assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
            assertThat(mail.getNextAttemptAt()).isEqualTo(clock.instant().plus(waits.get(attempt - 1)));
            clock.advance(waits.get(attempt - 1));
        }
        delivery.deliverDue();
        OutboxMail failed = single(email);
        assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(6);
        assertThat(failed.getLastError()).isNotBlank();

        SMTP.start();
        clock.advance(Duration.ofDays(2));
        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, email))
                .as("a failed mail waits for an agent")
                .isEmpty();
    }
}
