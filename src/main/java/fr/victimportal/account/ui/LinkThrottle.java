package fr.victimportal.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.victimportal.account.Throttle;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every page opened from a mailed link with a token (address confirmation, password reset, a doctor's or a
 * caseworker's invitation) counts against the client's allowance of links; over it, the page says to wait instead of
 * looking the token up, so links cannot be guessed at speed.
 */
@Component
class LinkThrottle implements VaadinServiceInitListener {

    static final Set<String> LINK_PAGES =
            Set.of("confirmer", "nouveau-mot-de-passe", "invitation-medecin", "invitation-agent", "mandat");

    private final Throttle throttle;

    LinkThrottle(Throttle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        List<String> segments = event.getLocation().getSegments();
        if (segments.size() < 2
                || !LINK_PAGES.contains(segments.get(0))
                || segments.get(1).isBlank()) {
            return;
        }
        if (!throttle.take(Throttle.Kind.LINK, Throttled.client()).isZero()) {
            event.rerouteTo(TooManyRequestsView.class);
        }
    }
}
