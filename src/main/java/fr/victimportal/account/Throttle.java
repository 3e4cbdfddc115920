package fr.victimportal.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.victimportal.shared.PortalProperties;
import fr.victimportal.shared.PortalSecurityProperties;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per kind of request and per client or address, held in a cache of bounded size
 * (Caffeine): a flood of distinct clients evicts the least recent ones instead of filling the memory. Time is the
 * application's clock, so a limit refills as the rules say, also in tests.
 */
@Component
public class Throttle {

    /** What is limited. */
    public enum Kind {
        SIGN_IN,
        SIGN_UP,
        RESET,
        RESET_PER_ADDRESS,
        LINK,
        API
    }

    private static final Logger log = LoggerFactory.getLogger(Throttle.class);

    private final PortalSecurityProperties.Throttle policy;
    private final Cache<String, Bucket> buckets;
    private final TimeMeter time;

    @Autowired
    public Throttle(PortalProperties properties, Clock clock) {
        this(properties.security().throttle(), clock);
    }

    public Throttle(PortalSecurityProperties.Throttle policy, Clock clock) {
        this.policy = policy;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        Duration longest = Stream.of(
                        policy.signIn(),
                        policy.signUp(),
                        policy.reset(),
                        policy.resetPerAddress(),
                        policy.link(),
                        policy.api())
                .map(PortalSecurityProperties.Throttle.Limit::period)
                .max(Duration::compareTo)
                .orElseThrow();
        // a bucket untouched for its longest period is full again: forgetting it changes nothing
        this.buckets = Caffeine.newBuilder()
                .maximumSize(policy.maxTracked())
                .expireAfterAccess(longest)
                .build();
    }

    private PortalSecurityProperties.Throttle.Limit limit(Kind kind) {
        return switch (kind) {
            case SIGN_IN -> policy.signIn();
            case SIGN_UP -> policy.signUp();
            case RESET -> policy.reset();
            case RESET_PER_ADDRESS -> policy.resetPerAddress();
            case LINK -> policy.link();
            case API -> policy.api();
        };
    }

    private Bucket bucket(Kind kind, String key) {
        String k = kind + ":" + (key == null ? "?" : key.toLowerCase(Locale.ROOT));
        return buckets.get(k, x -> {
            PortalSecurityProperties.Throttle.Limit limit = limit(kind);
            return Bucket.builder()
                    .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                    .withCustomTimePrecision(time)
                    .build();
        });
    }

    /**
     * Takes one request from the client's allowance. Returns {@link Duration#ZERO} when it may go ahead, else how long
     * to wait (nothing is taken then).
     */
    public Duration take(Kind kind, String key) {
        ConsumptionProbe probe = bucket(kind, key).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Duration.ZERO;
        }
        log.warn("Throttled {} for {}", kind, key);
        return Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000_000L));
    }

    /** Whether one more request would be allowed, without taking it (sign-in: only a failure takes). */
    public Duration waitBefore(Kind kind, String key) {
        var estimate = bucket(kind, key).estimateAbilityToConsume(1);
        return estimate.canBeConsumed()
                ? Duration.ZERO
                : Duration.ofNanos(Math.max(estimate.getNanosToWaitForRefill(), 1_000_000_000L));
    }

    /** Counts one request (a failed sign-in) whatever is left. */
    public void count(Kind kind, String key) {
        bucket(kind, key).tryConsume(1);
    }

    /** Forgets a key's history (e.g. tests, or support). */
    public void forget(Kind kind, String key) {
        buckets.invalidate(kind + ":" + (key == null ? "?" : key.toLowerCase(Locale.ROOT)));
    }

    /** How many clients and addresses are remembered now (bounded by the policy's maximum). */
    public long tracked() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
