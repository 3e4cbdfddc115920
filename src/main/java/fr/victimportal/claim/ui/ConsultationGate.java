package fr.victimportal.claim.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimConsultations;
import fr.victimportal.claim.ClaimNotFoundException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Before any screen of a claim opens for an insurer agent, the first time in a session, the agent is asked why
 * ({@link ConsultationReasonView}); a caseworker's first opening in a session is recorded with their mandate as the
 * reason. The victim sees both. The owner and the doctors pass through unasked.
 */
@Component
class ConsultationGate implements VaadinServiceInitListener {

    /**
     * The screen that asks the reason ({@link ConsultationReasonView}) is not gated itself. A marker rather than the
     * view's class: this listener is loaded for every page, and Vaadin's bundle scan would otherwise count the view's
     * components (the radio group) among those loaded before the first page.
     */
    interface Exempt {}

    private static final String SEEN = ConsultationGate.class.getName() + ".seen";
    /** A return path we accept: a relative portal path, no scheme, no host, no dot segments. */
    private static final Pattern SAFE_PATH = Pattern.compile("[a-z][a-z0-9-]*(/[A-Za-z0-9-]+)*");

    private final ClaimConsultations consultations;
    private final CurrentUser currentUser;

    ConsultationGate(ClaimConsultations consultations, CurrentUser currentUser) {
        this.consultations = consultations;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Role role = currentUser.get().map(u -> u.role()).orElse(null);
        String reference = event.getRouteParameters().get("reference").orElse(null);
        if ((role != Role.AGENT && role != Role.HELPER)
                || reference == null
                || Exempt.class.isAssignableFrom(event.getNavigationTarget())
                || seen(reference)) {
            return;
        }
        try {
            if (role == Role.HELPER) {
                consultations.recordOpening(reference, ClaimConsultations.Reason.MANDATE);
                markSeen(reference);
                return;
            }
            if (!consultations.asksReason(reference)) {
                return;
            }
        } catch (ClaimNotFoundException notTheirs) {
            return; // the screen itself answers "not found"
        }
        event.forwardTo(
                "agent/motif/" + reference,
                QueryParameters.simple(Map.of("suite", event.getLocation().getPath())));
    }

    /** Where to go once the reason is given: the screen asked for, if it is a portal path of this claim. */
    static String returnPath(String requested, String reference) {
        if (requested != null && SAFE_PATH.matcher(requested).matches() && requested.contains(reference)) {
            return requested;
        }
        return "dossier/" + reference;
    }

    static boolean seen(String reference) {
        VaadinSession session = VaadinSession.getCurrent();
        Object set = session == null ? null : session.getAttribute(SEEN);
        return set instanceof Set<?> s && s.contains(reference);
    }

    @SuppressWarnings("unchecked")
    static void markSeen(String reference) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return;
        }
        Object set = session.getAttribute(SEEN);
        HashSet<String> seen = set instanceof HashSet<?> s ? (HashSet<String>) s : new HashSet<>();
        seen.add(reference);
        session.setAttribute(SEEN, seen);
    }
}
