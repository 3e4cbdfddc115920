package fr.victimportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Halves the largest thing a session holds. Vaadin keeps each UI's last UIDL answer for as long as the UI lives
 * ({@link UIInternals#getLastRequestResponse()}, sent again if the browser repeats a request whose answer it lost).
 * The portal's answers carry characters beyond Latin-1 (’, €, the narrow no-break space of French numbers), so the
 * JVM stores the whole answer two bytes a character. After each UIDL request this keeps instead the same JSON with
 * those characters written as {@code \\uXXXX} escapes: the browser reads the same values from it, and the JVM
 * stores it one byte a character. What was sent is unchanged.
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener, VaadinRequestInterceptor {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // nothing before
    }

    @Override
    public void handleException(
            VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {
        // nothing to add
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, @Nullable VaadinSession session) {
        if (session == null || !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
            return;
        }
        String id = request.getParameter(ApplicationConstants.UI_ID_PARAMETER);
        if (id == null || !id.chars().allMatch(Character::isDigit) || id.isEmpty() || id.length() > 9) {
            return;
        }
        session.lock();
        try {
            UI ui = session.getUIById(Integer.parseInt(id));
            if (ui != null) {
                UIInternals internals = ui.getInternals();
                String last = internals.getLastRequestResponse();
                String compact = latin1(last);
                if (compact != last) {
                    internals.setLastRequestResponse(compact);
                }
            }
        } finally {
            session.unlock();
        }
    }

    /**
     * The same JSON text with every character beyond U+00FF written as a JSON escape; the same instance when there
     * is none. Such characters can only stand inside JSON strings, where an escape means the same character.
     */
    static @Nullable String latin1(@Nullable String json) {
        if (json == null) {
            return null;
        }
        int first = 0;
        while (first < json.length() && json.charAt(first) <= 0xFF) {
            first++;
        }
        if (first == json.length()) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 64).append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c <= 0xFF) {
                out.append(c);
            } else {
                out.append("\\u")
                        .append(Character.forDigit(c >> 12, 16))
                        .append(Character.forDigit((c >> 8) & 0xF, 16))
                        .append(Character.forDigit((c >> 4) & 0xF, 16))
                        .append(Character.forDigit(c & 0xF, 16));
            }
        }
        return out.toString();
    }
}
