package fr.victimportal.account;

import fr.victimportal.account.domain.UserAccount;
import fr.victimportal.account.domain.UserAccountRepository;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins per account from Spring Security's events and locks the account at the threshold. */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository accounts;
    private final LockoutPolicy policy;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, LockoutPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        String email = UserAccount.normalizeEmail(event.getAuthentication().getName());
        if (accounts.recordFailedLogin(email, now, policy.maxAttempts(), now.plus(policy.duration())) > 0) {
            accounts.findByEmail(email).filter(a -> a.isLockedAt(now)).ifPresent(a ->
                    log.warn("Account {} locked until {} after {} failed logins", a.getId(), a.getLockedUntil(),
                            a.getFailedLoginCount()));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulLogin(UserAccount.normalizeEmail(event.getAuthentication().getName()),
                clock.instant());
    }
}
