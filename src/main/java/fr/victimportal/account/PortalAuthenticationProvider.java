package fr.victimportal.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in that tells nothing about an account to whoever does not know its password: the password is checked first
 * (an unknown address costs the same hash, Spring Security's timing protection), and only a matching password learns
 * that the account is locked or not yet activated. A lock does not hold a browser with the account's device cookie.
 * A database failure while loading the account surfaces as {@code InternalAuthenticationServiceException}, which the
 * login page shows as "service unavailable", never as a wrong password.
 */
public class PortalAuthenticationProvider extends DaoAuthenticationProvider {

    /** What the login form's request says beyond the credentials: the client, and whether it is a known device. */
    public static class LoginDetails extends WebAuthenticationDetails {

        private final boolean trustedDevice;

        public LoginDetails(HttpServletRequest request, boolean trustedDevice) {
            super(request);
            this.trustedDevice = trustedDevice;
        }

        public boolean trustedDevice() {
            return trustedDevice;
        }
    }

    public PortalAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        super(users);
        setPasswordEncoder(encoder);
        setPreAuthenticationChecks(user -> {
            // nothing before the password: a locked or inactive account answers like any wrong password
        });
        setPostAuthenticationChecks(user -> {});
    }

    @Override
    protected void additionalAuthenticationChecks(
            UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        super.additionalAuthenticationChecks(user, authentication); // the password; wrong: BadCredentialsException
        boolean trusted = authentication.getDetails() instanceof LoginDetails details && details.trustedDevice();
        if (!user.isAccountNonLocked() && !trusted) {
            throw new LockedException("Locked");
        }
        if (!user.isEnabled()) {
            throw new DisabledException("Not activated");
        }
    }
}
