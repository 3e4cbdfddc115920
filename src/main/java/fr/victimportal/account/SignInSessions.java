package fr.victimportal.account;

import fr.victimportal.shared.PortalProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a session is worth before and after sign-in. A session nobody signed in to lives a few minutes only
 * ({@code portal.security.anonymous-session-timeout}, longer than Vaadin's 5-minute heartbeat so an open sign-in or
 * sign-up page keeps working), so a flood of anonymous requests cannot hold memory for half an hour. At sign-in the
 * session gets the normal timeout, is bound to the account's session epoch at that very moment (a password changed
 * before its first request still ends it), and the browser gets its device cookie.
 */
@Component
class SignInSessions implements HttpSessionListener {

    private final AccountService accounts;
    private final DeviceCookies devices;
    private final int anonymousSeconds;
    private final int signedInSeconds;

    SignInSessions(
            AccountService accounts,
            DeviceCookies devices,
            PortalProperties properties,
            @Value("${server.servlet.session.timeout:30m}") Duration signedIn) {
        this.accounts = accounts;
        this.devices = devices;
        this.anonymousSeconds =
                (int) properties.security().anonymousSessionTimeout().toSeconds();
        this.signedInSeconds = (int) signedIn.toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(anonymousSeconds);
    }

    @EventListener
    public void onSignIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof PortalUser user)
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)) {
            return;
        }
        HttpServletRequest request = web.getRequest();
        HttpSession session = request.getSession();
        session.setAttribute(SessionEpochFilter.ATTRIBUTE, accounts.sessionEpoch(user.id()));
        session.setMaxInactiveInterval(signedInSeconds);
        if (web.getResponse() != null) {
            devices.issue(request, web.getResponse(), user.getUsername());
        }
    }
}
