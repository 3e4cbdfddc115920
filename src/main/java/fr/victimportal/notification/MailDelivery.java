package fr.victimportal.notification;

import fr.victimportal.notification.domain.OutboxMail;
import fr.victimportal.notification.domain.OutboxMailRepository;
import fr.victimportal.shared.PortalProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery job: sends the outbox's due mails over SMTP. Each mail is first claimed by one guarded UPDATE (so of
 * several instances on one database exactly one sends it), then sent outside any transaction, then marked sent; a
 * failure puts it back with a growing delay and the error, and the last failure marks it failed for the agents.
 * Without an SMTP server ({@code spring.mail.host} unset) nothing is sent and every mail stays in the outbox.
 *
 * <p>Delivery is at least once: if an instance dies after the SMTP server accepted a mail but before marking it sent,
 * its lease runs out and another instance sends it again. The Message-ID is the same each time, so the receiving
 * server can recognise the repeat.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final List<MailStatus> DUE = List.of(MailStatus.PENDING, MailStatus.SENDING);

    /** What one run did. */
    public record Report(int sent, int retryLater, int failed, int takenByAnother, boolean smtpUnreachable) {}

    private final String worker;
    private final OutboxMailRepository mails;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> sender;
    private final PortalProperties.Mail settings;
    private final Clock clock;
    private final String messageIdDomain;

    @Autowired
    public MailDelivery(
            OutboxMailRepository mails,
            PlatformTransactionManager transactions,
            ObjectProvider<JavaMailSender> sender,
            PortalProperties properties,
            Clock clock) {
        this(newWorkerId(), mails, transactions, sender, properties.mail(), clock, properties.baseUrl());
    }

    /** A worker with a given name: each instance of the application is one worker. */
    public MailDelivery(
            String worker,
            OutboxMailRepository mails,
            PlatformTransactionManager transactions,
            ObjectProvider<JavaMailSender> sender,
            PortalProperties.Mail settings,
            Clock clock,
            String baseUrl) {
        this.worker = worker;
        this.mails = mails;
        this.tx = new TransactionTemplate(transactions);
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        String host = URI.create(baseUrl).getHost();
        this.messageIdDomain = host == null ? "victim-portal" : host;
    }

    public String worker() {
        return worker;
    }

    /** Whether an SMTP server is configured; without one, mails stay in the outbox (the demo page shows them). */
    public boolean smtpConfigured() {
        return sender.getIfAvailable() != null;
    }

    /** Sends the mails due now, at most one batch. Safe to run on several instances at once. */
    public Report deliverDue() {
        return deliverDue(null);
    }

    /**
     * Sends the mails due now, at most one batch, and takes no new mail once {@code budget} has passed (the mail being
     * sent then finishes; the rest wait for the next run), so a run never outlasts the job's lock.
     *
     * @param budget how long the run may keep taking mails; {@code null} for the whole batch
     */
    public Report deliverDue(Duration budget) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return new Report(0, 0, 0, 0, false);
        }
        Instant stopAt = budget == null ? null : clock.instant().plus(budget);
        List<Long> due = tx.execute(s -> mails.findDueIds(DUE, clock.instant(), Limit.of(settings.batchSize())));
        int sent = 0;
        int retry = 0;
        int failed = 0;
        int lost = 0;
        for (Long id : due) {
            if (stopAt != null && !clock.instant().isBefore(stopAt)) {
                break;
            }
            Optional<OutboxMail> mine = claim(id);
            if (mine.isEmpty()) {
                lost++;
                continue;
            }
            OutboxMail mail = mine.get();
            try {
                smtp.send(toMime(smtp, mail));
                tx.executeWithoutResult(s -> {
                    if (mails.markSent(id, worker, clock.instant()) == 0) {
                        log.warn("Mail {} was sent but its lease had run out: another instance may send it again", id);
                    }
                });
                sent++;
            } catch (MailException | MessagingException e) {
                boolean last = mail.getAttempts() >= settings.maxAttempts();
                Instant now = clock.instant();
                Instant next = last ? now : now.plus(settings.delayAfter(mail.getAttempts()));
                String error = describe(e);
                tx.executeWithoutResult(s -> mails.markAttemptFailed(
                        id, worker, last ? MailStatus.FAILED : MailStatus.PENDING, next, error));
                if (last) {
                    failed++;
                    log.error(
                            "Mail {} failed after {} attempts, shown to the agents: {}", id, mail.getAttempts(), error);
                } else {
                    retry++;
                    log.warn(
                            "Mail {} not sent (attempt {}), next attempt at {}: {}",
                            id,
                            mail.getAttempts(),
                            next,
                            error);
                }
                if (unreachable(e)) {
                    // The server is down: the rest of the batch would fail the same way and waste their attempts.
                    return new Report(sent, retry, failed, lost, true);
                }
            }
        }
        return new Report(sent, retry, failed, lost, false);
    }

    private Optional<OutboxMail> claim(long id) {
        return tx.execute(s -> {
            Instant now = clock.instant();
            if (mails.claim(id, worker, now, now.plus(settings.lease())) == 0) {
                return Optional.<OutboxMail>empty();
            }
            return mails.findById(id);
        });
    }

    private MimeMessage toMime(JavaMailSender smtp, OutboxMail mail) throws MessagingException {
        String messageId =
                "<outbox-" + mail.getId() + "." + mail.getCreatedAt().toEpochMilli() + "@" + messageIdDomain + ">";
        MimeMessage message = smtp instanceof JavaMailSenderImpl impl
                ? new StableIdMimeMessage(impl.getSession(), messageId)
                : smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(
                message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(mail.getRecipientAddress());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getTextBody(), mail.getHtmlBody());
        message.addHeader("Content-Language", mail.getLanguage());
        if (mail.getUnsubscribeUrl() != null) {
            message.addHeader("List-Unsubscribe", "<" + mail.getUnsubscribeUrl() + ">");
        }
        return message;
    }

    /** A connection refused or timed out (MessagingException's cause is its "next" exception). */
    private static boolean unreachable(Throwable e) {
        if (e instanceof MailSendException send) {
            for (Exception each : send.getMessageExceptions()) {
                if (unreachable(each)) {
                    return true;
                }
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SocketException || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage()
                + (root != e ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static String newWorkerId() {
        String host = System.getenv().getOrDefault("HOSTNAME", "instance");
        String id = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 80 ? id.substring(id.length() - 80) : id;
    }

    /** Keeps the outbox's Message-ID instead of a new random one at each attempt. */
    private static final class StableIdMimeMessage extends MimeMessage {

        private final String messageId;

        StableIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
