package fr.victimportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one place where an unexpected error meets the user: they get a short translated message and an incident code,
 * the log gets the stack trace. No exception text reaches the screen, since it may hold personal or medical data.
 */
@Component
public class PortalErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String incident = newIncidentCode();
        String key = messageKey(error);
        if ("error.unavailable".equals(key)) {
            log.error("Incident {}: database unreachable ({})", incident, error.toString());
        } else if ("error.unexpected".equals(key)) {
            log.error("Incident {}: unexpected error in the UI", incident, error);
        } else {
            log.warn("Incident {}: {} ({})", incident, key, error.toString());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> show(ui, key, incident));
        }
    }

    /** A short code the user can give to support and that leads to the log line. */
    public static String newIncidentCode() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** The translation key of the message for an error: known causes get a useful message, the rest a generic one. */
    static String messageKey(Throwable error) {
        if (isOutage(error)) {
            return "error.unavailable";
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return "error.stale";
            }
            if (t instanceof AccessDeniedException) {
                return "error.forbidden";
            }
        }
        return "error.unexpected";
    }

    /**
     * Whether the error says the database could not be reached (no connection within Hikari's connection-timeout, a
     * connection lost, a transaction that could not start): the person is told the service is briefly unavailable
     * rather than shown a generic error. A constraint violation or a bad query is not an outage.
     */
    public static boolean isOutage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static void show(UI ui, String key, String incident) {
        Notification notification = new Notification();
        notification.setText(ui.getTranslation(key, incident));
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(10_000);
        notification.open();
    }
}
