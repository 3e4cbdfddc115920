package fr.victimportal.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins from this client: the login page asks it to wait, whatever the account. */
public class LoginThrottledException extends AuthenticationException {

    private final transient Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins from this client");
        this.retryAfter = retryAfter;
    }

    /** How long to wait, rounded up to whole minutes (at least one). */
    public long minutes() {
        return retryAfter == null ? 1 : Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
