package fr.victimportal.notification;

import fr.victimportal.notification.domain.OutboxMail;
import fr.victimportal.notification.domain.OutboxMailRepository;
import fr.victimportal.shared.AgentMailScope;
import fr.victimportal.shared.DemoModeGuard;
import fr.victimportal.shared.PortalProperties;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<AgentMailScope> scopes;

    OutboxMails(
            OutboxMailRepository mails,
            Clock clock,
            PortalProperties properties,
            ObjectProvider<AgentMailScope> scopes) {
        this.mails = mails;
        this.scopes = scopes;
        this.clock = clock;
        this.demo = properties.demo().enabled();
    }

    /**
     * Mails whose every attempt failed, newest first, among those the agent may see: to people on their own insurer's
     * claims, to their insurer's agents or to its mailbox ({@link AgentMailScope}); never another insurer's victims.
     */
    @RolesAllowed("AGENT")
    public List<Summary> failed() {
        List<OutboxMail> failed = mails.findByStatusOrderByCreatedAtDesc(MailStatus.FAILED, Limit.of(SCAN_LIMIT));
        Predicate<OutboxMail> visible = visibleTo(failed);
        return failed.stream()
                .filter(visible)
                .limit(LIST_LIMIT)
                .map(OutboxMails::summary)
                .toList();
    }

    /** Failed mails read at most, before the scope is applied. */
    static final int SCAN_LIMIT = 2000;

    /** Which of these mails the current agent may see (nothing without a scope). */
    private Predicate<OutboxMail> visibleTo(List<OutboxMail> candidates) {
        AgentMailScope scope = scopes.getIfAvailable();
        if (scope == null) {
            return m -> false;
        }
        Set<Long> people = scope.accountsInScope(candidates.stream()
                .map(OutboxMail::getRecipientUserId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Optional<String> mailbox = scope.ownMailbox();
        return m -> m.getRecipientUserId() != null
                ? people.contains(m.getRecipientUserId())
                : mailbox.filter(box -> box.equalsIgnoreCase(m.getRecipientAddress()))
                        .isPresent();
    }

    /**
     * Puts a failed mail back in the queue for a new series of attempts, e.g. once the address is corrected or the
     * server is back. Does nothing (false) if the mail is no longer failed.
     */
    @RolesAllowed("AGENT")
    @Transactional
    public boolean retry(long id) {
        Optional<OutboxMail> mail = mails.findById(id);
        if (mail.isEmpty() || !visibleTo(List.of(mail.get())).test(mail.get())) {
            log.warn("Failed mail {} not retried: not one the agent may see", id);
            return false; // the same answer as for a mail no longer failed: nothing learnt about others' mails
        }
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
