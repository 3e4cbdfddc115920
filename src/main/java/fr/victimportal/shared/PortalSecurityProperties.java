package fr.victimportal.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.security.*}: sign-in lockout, throttling, device cookies, session length and the frame policy.
 *
 * @param lockout                 how repeated wrong passwords lock an account
 * @param throttle                requests of each kind one client may make in a period (docs/security.md)
 * @param deviceCookie            the cookie that keeps a browser trusted after a sign-in
 * @param anonymousSessionTimeout how long a session nobody signed in to lives without a request (longer than Vaadin's
 *                                5-minute heartbeat; 30 minutes, server.servlet.session.timeout, once signed in)
 * @param frameAncestors          who may show the portal in a frame ('none', 'self', or a CSP source list)
 */
public record PortalSecurityProperties(
        @DefaultValue @Valid Lockout lockout,
        @DefaultValue @Valid Throttle throttle,
        @DefaultValue @Valid DeviceCookie deviceCookie,
        @DefaultValue("10m") Duration anonymousSessionTimeout,
        @DefaultValue("'none'") String frameAncestors) {

    /**
     * After {@code maxAttempts} wrong passwords in a row the account refuses every login, even with the right
     * password, for {@code duration} (not in a browser holding the account's device cookie).
     *
     * @param maxAttempts wrong passwords in a row before the account is locked
     * @param duration    how long a locked account refuses every login
     */
    public record Lockout(
            @DefaultValue("5") @Positive int maxAttempts,
            @DefaultValue("15m") @DurationMin(seconds = 1) Duration duration) {}

    /**
     * How many requests of each kind one client (its IP address, as the server sees it: see docs/security.md for a
     * reverse proxy) may make in a period before it is asked to wait, refilled gradually.
     *
     * @param signIn          failed sign-ins per client
     * @param signUp          account creations per client
     * @param reset           reset-link requests (and new confirmation links) per client
     * @param resetPerAddress reset or confirmation mails per address; above it the screen answers as usual, no mail
     *                        leaves
     * @param link            opened confirmation, reset and invitation links per client (guessing a link)
     * @param api             requests to the public deadline API per client (HTTP 429 above)
     * @param maxTracked      clients and addresses the limiter remembers at most (the least recent go first)
     */
    public record Throttle(
            @DefaultValue @Valid SignIn signIn,
            @DefaultValue @Valid SignUp signUp,
            @DefaultValue @Valid Reset reset,
            @DefaultValue @Valid ResetPerAddress resetPerAddress,
            @DefaultValue @Valid Link link,
            @DefaultValue @Valid Api api,
            @DefaultValue("50000") @Positive int maxTracked) {

        /** {@code capacity} requests per {@code period}, refilled gradually. */
        public interface Limit {

            int capacity();

            Duration period();
        }

        /**
         * @param capacity failed sign-ins one client may make per period
         * @param period   the period over which the capacity refills
         */
        public record SignIn(
                @DefaultValue("30") @Positive int capacity,

                @DefaultValue("15m") @DurationMin(seconds = 1)
                Duration period)
                implements Limit {}

        /**
         * @param capacity accounts one client may create per period
         * @param period   the period over which the capacity refills
         */
        public record SignUp(
                @DefaultValue("10") @Positive int capacity,

                @DefaultValue("1h") @DurationMin(seconds = 1)
                Duration period)
                implements Limit {}

        /**
         * @param capacity reset and new-confirmation requests one client may make per period
         * @param period   the period over which the capacity refills
         */
        public record Reset(
                @DefaultValue("10") @Positive int capacity,

                @DefaultValue("1h") @DurationMin(seconds = 1)
                Duration period)
                implements Limit {}

        /**
         * @param capacity link mails sent to one address per period
         * @param period   the period over which the capacity refills
         */
        public record ResetPerAddress(
                @DefaultValue("3") @Positive int capacity,

                @DefaultValue("1h") @DurationMin(seconds = 1)
                Duration period)
                implements Limit {}

        /**
         * @param capacity confirmation, reset and invitation links one client may open per period
         * @param period   the period over which the capacity refills
         */
        public record Link(
                @DefaultValue("30") @Positive int capacity,

                @DefaultValue("15m") @DurationMin(seconds = 1)
                Duration period)
                implements Limit {}

        /**
         * @param capacity public API requests one client may make per period
         * @param period   the period over which the capacity refills
         */
        public record Api(
                @DefaultValue("120") @Positive int capacity,

                @DefaultValue("1m") @DurationMin(seconds = 1)
                Duration period)
                implements Limit {}
    }

    /**
     * The device cookie: a browser where an account signed in is not held by that account's lockout.
     *
     * @param key      HMAC key (base64 of 32 bytes) of the device cookies; unset, a key is made at each start (cookies
     *                 then stop counting after a restart and differ between instances): set it, the same on every
     *                 instance (PORTAL_DEVICE_KEY)
     * @param lifetime how long a browser stays trusted after a sign-in
     */
    public record DeviceCookie(
            String key,
            @DefaultValue("180d") @DurationMin(seconds = 1) Duration lifetime) {}
}
