package fr.victimportal.account;

import fr.victimportal.account.domain.UserAccount;
import fr.victimportal.account.domain.UserAccountRepository;
import fr.victimportal.shared.i18n.PortalLocales;
import fr.victimportal.shared.i18n.UserLanguagePreference;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security: the email is the login; a locked account is reported as such. */
@Service
@Transactional(readOnly = true)
public class PortalUserDetailsService implements UserDetailsService, UserLanguagePreference {

    private final UserAccountRepository accounts;
    private final Clock clock;

    public PortalUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public PortalUser loadUserByUsername(String username) {
        UserAccount account = accounts.findByEmail(UserAccount.normalizeEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        if (account.getClosedAt() != null) {
            // a closed account (a deceased victim's) answers exactly like an unknown address: no enumeration
            throw new UsernameNotFoundException("No such account");
        }
        return new PortalUser(
                account.getId(),
                account.getEmail(),
                account.getPasswordHash(),
                account.getDisplayName(),
                account.getRole(),
                account.isEnabled() && account.getEmailVerifiedAt() != null,
                account.isLockedAt(clock.instant()),
                account.getInsurerId());
    }

    @Override
    public Optional<Locale> of(String username) {
        return accounts.findByEmail(UserAccount.normalizeEmail(username))
                .flatMap(a -> PortalLocales.fromTag(a.getPreferredLanguage()));
    }
}
