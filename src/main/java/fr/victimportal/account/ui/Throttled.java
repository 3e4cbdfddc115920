package fr.victimportal.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinRequest;
import fr.victimportal.account.Throttle;
import java.time.Duration;

/** The screens' side of {@link Throttle}: the client is the address of the request being answered. */
final class Throttled {

    private Throttled() {}

    static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** Takes one request of this kind for the current client; over the allowance, says how long to wait. */
    static boolean allow(Throttle throttle, Throttle.Kind kind, Component screen) {
        Duration wait = throttle.take(kind, client());
        if (wait.isZero()) {
            return true;
        }
        Notification.show(screen.getTranslation("throttle.wait", minutes(wait)))
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        return false;
    }
}
