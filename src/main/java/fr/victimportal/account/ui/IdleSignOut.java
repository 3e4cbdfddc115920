package fr.victimportal.account.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends the sign-in when Vaadin ends an idle page's session. With {@code vaadin.closeIdleSessions} Vaadin closes its
 * own session after the session timeout without a click or a key, but the HTTP session that holds the sign-in lives
 * on, kept fresh by the open page's heartbeats: without this, a tab left open on a shared computer would stay signed
 * in for ever. Invalidating the HTTP session here makes the next request go to the login page.
 */
@Component
class IdleSignOut implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(IdleSignOut.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(IdleSignOut::sessionEnded);
    }

    static void sessionEnded(SessionDestroyEvent event) {
        WrappedSession http = event.getSession().getSession();
        if (http == null) {
            return;
        }
        try {
            http.invalidate();
            log.debug("Signed out an idle session");
        } catch (IllegalStateException alreadyEnded) {
            // Tomcat is expiring or has invalidated the HTTP session itself: nothing left to end
        }
    }
}
