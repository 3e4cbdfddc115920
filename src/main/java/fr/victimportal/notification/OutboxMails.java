package fr.victimportal.notification;

import fr.victimportal.notification.domain.OutboxMail;
import fr.victimportal.notification.domain.OutboxMailRepository;
import fr.victimportal.shared.DemoModeGuard;
import fr.victimportal.shared.PortalProperties;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the outbox: the agents' list of failed mails (and putting one back in the queue), and in demo mode every
 * mail with its text, so a newcomer without an SMTP server can read what the portal sent and follow its links.
 */
@Service
@Transactional(readOnly = true)
public class OutboxMails {

    private static final Logger log = LoggerFactory.getLogger(OutboxMails.class);
    static final int LIST_LIMIT = 200;

    /** A mail as the lists show it. {@code lastError} is the SMTP server's or the network's message. */
    public record Summary(
            long id,
            Instant createdAt,
            String recipient,
            String subject,
            MailCategory category,
            MailStatus status,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant sentAt) {}

    /** A mail with its content, for the demo page. */
    public record Content(Summary summary, String language, String text, String html) {}

    private final OutboxMailRepository mails;
    private final Clock clock;
    private final boolean demo;

    OutboxMails(OutboxMailRepository mails, Clock clock, PortalProperties properties) {
        this.mails = mails;
        this.clock = clock;
        this.demo = properties.demo().enabled();
    }

    /** Mails whose every attempt failed, newest first. */
    @RolesAllowed("AGENT")
    public List<Summary> failed() {
        return mails.findByStatusOrderByCreatedAtDesc(MailStatus.FAILED, Limit.of(LIST_LIMIT)).stream()
                .map(OutboxMails::summary)
                .toList();
    }

    /**
     * Puts a failed mail back in the queue for a new series of attempts, e.g. once the address is corrected or the
     * server is back. Does nothing (false) if the mail is no longer failed.
     */
    @RolesAllowed("AGENT")
    @Transactional
    public boolean retry(long id) {
        boolean done = mails.retry(id, clock.instant()) == 1;
        log.info(
                "Failed mail {} {} by an agent", id, done ? "put back in the queue" : "not retried (no longer failed)");
        return done;
    }

    public boolean demoEnabled() {
        return demo;
    }

    /**
     * Demo mode only: the latest mails written to the demo's domain ({@link DemoModeGuard#DEMO_DOMAIN}), with their
     * text. A mail to any other address never shows here, even in demo mode: it may carry a real person's one-time
     * link.
     */
    public List<Content> demoOutbox() {
        if (!demo) {
            throw new AccessDeniedException("The outbox is shown in demo mode only");
        }
        return mails
                .findByRecipientAddressEndingWithIgnoreCaseOrderByCreatedAtDescIdDesc(
                        "@" + DemoModeGuard.DEMO_DOMAIN, Limit.of(LIST_LIMIT))
                .stream()
                .filter(m -> DemoModeGuard.isDemoAddress(m.getRecipientAddress()))
                .map(m -> new Content(summary(m), m.getLanguage(), m.getTextBody(), m.getHtmlBody()))
                .toList();
    }

    private static Summary summary(OutboxMail m) {
        return new Summary(
                m.getId(),
                m.getCreatedAt(),
                m.getRecipientAddress(),
                m.getSubject(),
                m.getCategory(),
                m.getStatus(),
                m.getAttempts(),
                m.getNextAttemptAt(),
                m.getLastError(),
                m.getSentAt());
    }
}
