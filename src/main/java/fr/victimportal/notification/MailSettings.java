package fr.victimportal.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How mail is written and delivered ({@code portal.mail.*}).
 *
 * @param from          the sender address
 * @param retryDelays   the wait after each failed attempt, growing; after one more failure than there are delays the
 *                      mail is marked failed and shown to the agents
 * @param batchSize     how many due mails one run of the delivery job takes at most
 * @param lease         how long an instance owns a mail it is sending; a mail still "sending" after that (the instance
 *                      died) is taken again
 */
@ConfigurationProperties("portal.mail")
public record MailSettings(String from, List<Duration> retryDelays, int batchSize, Duration lease) {

    public MailSettings {
        if (from == null || from.isBlank()) {
            from = "ne-pas-repondre@victim-portal.fr";
        }
        if (retryDelays == null || retryDelays.isEmpty()) {
            retryDelays = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                    Duration.ofHours(2), Duration.ofHours(12));
        }
        retryDelays = List.copyOf(retryDelays);
        if (batchSize <= 0) {
            batchSize = 50;
        }
        if (lease == null || lease.isNegative() || lease.isZero()) {
            lease = Duration.ofMinutes(5);
        }
    }

    /** Attempts before a mail is marked failed: the first one plus one per delay. */
    public int maxAttempts() {
        return retryDelays.size() + 1;
    }

    /** The wait after the {@code attempt}-th failed attempt (1-based). */
    public Duration delayAfter(int attempt) {
        return retryDelays.get(Math.min(attempt, retryDelays.size()) - 1);
    }
}
