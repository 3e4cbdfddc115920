package fr.victimportal.notification.domain;

import fr.victimportal.notification.MailCategory;
import fr.victimportal.notification.MailStatus;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One rendered mail of the outbox. Written once, in the sender's transaction; afterwards only the delivery columns
 * change, and only through the guarded updates of {@link OutboxMailRepository}.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends AbstractEntity {

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "recipient_user_id")
    private Long recipientUserId;

    @Column(name = "recipient_address", nullable = false)
    private String recipientAddress;

    @Column(nullable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailCategory category;

    private String topic;

    @Column(nullable = false)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    @Column(name = "unsubscribe_url")
    private String unsubscribeUrl;

    @Column(name = "dedup_key")
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {}

    public OutboxMail(
            Instant now,
            Long recipientUserId,
            String recipientAddress,
            String language,
            MailCategory category,
            String topic,
            String subject,
            String textBody,
            String htmlBody,
            String unsubscribeUrl,
            String dedupKey) {
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.recipientUserId = recipientUserId;
        this.recipientAddress = recipientAddress;
        this.language = language;
        this.category = category;
        this.topic = topic;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.unsubscribeUrl = unsubscribeUrl;
        this.dedupKey = dedupKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getRecipientUserId() {
        return recipientUserId;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public String getLanguage() {
        return language;
    }

    public MailCategory getCategory() {
        return category;
    }

    public String getTopic() {
        return topic;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
