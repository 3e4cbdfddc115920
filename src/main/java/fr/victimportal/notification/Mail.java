package fr.victimportal.notification;

import java.util.Objects;

/**
 * A mail to write to the outbox.
 *
 * @param recipientUserId the account it goes to; address, name and language are looked up when it is written
 * @param category        reminder (optional, with an unsubscribe link) or procedure notice (always sent)
 * @param topic           for a reminder, the {@link MailTopic#code()} the recipient may turn off; {@code null} otherwise
 * @param message         what it says
 * @param dedupKey        a key unique to this mail (e.g. {@code reminder:42:7}): the outbox refuses a second mail with
 *                        the same key, so a retried caller cannot write it twice; {@code null} for none
 */
public record Mail(long recipientUserId, MailCategory category, String topic, MailMessage message, String dedupKey) {

    public Mail {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
        if (category == MailCategory.REMINDER && (topic == null || topic.isBlank())) {
            throw new IllegalArgumentException("A reminder needs a topic the recipient can turn off");
        }
    }

    public static Mail reminder(long recipientUserId, String topic, MailMessage message, String dedupKey) {
        return new Mail(recipientUserId, MailCategory.REMINDER, topic, message, dedupKey);
    }

    public static Mail notice(long recipientUserId, MailMessage message, String dedupKey) {
        return new Mail(recipientUserId, MailCategory.PROCEDURE_NOTICE, null, message, dedupKey);
    }
}
