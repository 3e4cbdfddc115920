package fr.victimportal.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests of each kind one client (its IP address, as the server sees it: see docs/security.md for a reverse
 * proxy) may make in a period before it is asked to wait. Sign-in counts only failed attempts.
 *
 * @param signIn failed sign-ins per client
 * @param signUp account creations per client
 * @param reset reset-link requests (and new confirmation links) per client
 * @param resetPerAddress reset or confirmation mails per address; above it the screen answers as usual, no mail leaves
 * @param link opened confirmation, reset and invitation links per client (guessing a link)
 * @param api requests to the public deadline API per client
 * @param maxTracked how many clients and addresses are remembered at most (bounded memory; the least recent go first)
 */
@ConfigurationProperties("portal.security.throttle")
public record ThrottlePolicy(Limit signIn, Limit signUp, Limit reset, Limit resetPerAddress, Limit link, Limit api,
        int maxTracked) {

    /** {@code capacity} requests per {@code period}, refilled gradually. */
    public record Limit(int capacity, Duration period) {
    }

    public ThrottlePolicy {
        signIn = orDefault(signIn, 30, Duration.ofMinutes(15));
        signUp = orDefault(signUp, 10, Duration.ofHours(1));
        reset = orDefault(reset, 10, Duration.ofHours(1));
        resetPerAddress = orDefault(resetPerAddress, 3, Duration.ofHours(1));
        link = orDefault(link, 30, Duration.ofMinutes(15));
        api = orDefault(api, 120, Duration.ofMinutes(1));
        if (maxTracked <= 0) {
            maxTracked = 50_000;
        }
    }

    private static Limit orDefault(Limit limit, int capacity, Duration period) {
        if (limit == null) {
            return new Limit(capacity, period);
        }
        return new Limit(limit.capacity() > 0 ? limit.capacity() : capacity,
                limit.period() == null || limit.period().isNegative() || limit.period().isZero() ? period
                        : limit.period());
    }
}
