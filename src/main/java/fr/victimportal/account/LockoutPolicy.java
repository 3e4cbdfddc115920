package fr.victimportal.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How repeated wrong passwords slow down a guesser: after {@code maxAttempts} failures in a row the account refuses
 * every login, even with the right password, for {@code duration}.
 */
@ConfigurationProperties("portal.security.lockout")
public record LockoutPolicy(int maxAttempts, Duration duration) {

    public LockoutPolicy {
        if (maxAttempts <= 0) {
            maxAttempts = 5;
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            duration = Duration.ofMinutes(15);
        }
    }
}
