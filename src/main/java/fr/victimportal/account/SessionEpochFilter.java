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
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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
    private final SecurityContextHolderStrategy contexts;

    /**
     * @param contexts the holder the security filter chain itself uses (Vaadin's), not the static default: another
     *     application context in the same JVM (a second test context) replaces the static one, and this filter would
     *     then see nobody signed in and end no session
     */
    public SessionEpochFilter(AccountService accounts, SecurityContextHolderStrategy contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = contexts.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.getPrincipal() instanceof PortalUser user) {
            int current = accounts.sessionEpoch(user.id());
            Object mine = session.getAttribute(ATTRIBUTE);
            if (current < 0 || !Integer.valueOf(current).equals(mine)) {
                log.info("Session of account {} ended: its sessions were ended since it began", user.id());
                session.invalidate();
                contexts.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
