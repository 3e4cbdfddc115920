package fr.victimportal.account;

import fr.victimportal.account.domain.UserAccount;
import fr.victimportal.account.domain.UserAccountRepository;
import fr.victimportal.shared.PortalProperties;
import fr.victimportal.shared.PortalSecurityProperties;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins from Spring Security's events: per account in the database (the account is locked at the
 * threshold, except for browsers holding its device cookie) and per client in {@link Throttle}.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository accounts;
    private final PortalSecurityProperties.Lockout policy;
    private final Clock clock;
    private final Throttle throttle;

    LoginAttempts(UserAccountRepository accounts, PortalProperties properties, Clock clock, Throttle throttle) {
        this.accounts = accounts;
        this.policy = properties.security().lockout();
        this.clock = clock;
        this.throttle = throttle;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails client) {
            throttle.count(Throttle.Kind.SIGN_IN, client.getRemoteAddress()); // per client, whatever the account
        }
        Instant now = clock.instant();
        String email = UserAccount.normalizeEmail(event.getAuthentication().getName());
        if (accounts.recordFailedLogin(email, now, policy.maxAttempts(), now.plus(policy.duration())) > 0) {
            accounts.findByEmail(email)
                    .filter(a -> a.isLockedAt(now))
                    .ifPresent(a -> log.warn(
                            "Account {} locked until {} after {} failed logins",
                            a.getId(),
                            a.getLockedUntil(),
                            a.getFailedLoginCount()));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulLogin(
                UserAccount.normalizeEmail(event.getAuthentication().getName()), clock.instant());
    }
}
