package fr.victimportal.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account has since ended its sessions (a changed password or reset, a revoked mandate, a
 * deleted account). Each signed-in session is bound to the account's epoch at sign-in ({@link SignInSessions}); a
 * session without one is treated as ended. When the stored epoch moves on, the next request of an older session finds
 * it invalidated and continues signed out, so Vaadin reloads the page and the person lands on the sign-in screen. The epoch lives in the database: it works across instances.
 */
public class SessionEpochFilter extends OncePerRequestFilter {

    /** The session attribute holding the epoch the session began in. */
    public static final String ATTRIBUTE = "fr.victimportal.sessionEpoch";

    private static final Logger log = LoggerFactory.getLogger(SessionEpochFilter.class);

    private final AccountService accounts;

    public SessionEpochFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.getPrincipal() instanceof PortalUser user) {
            int current = accounts.sessionEpoch(user.id());
            Object mine = session.getAttribute(ATTRIBUTE);
            if (current < 0 || !Integer.valueOf(current).equals(mine)) {
                log.info("Session of account {} ended: its sessions were ended since it began", user.id());
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
