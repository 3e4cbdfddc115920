package fr.victimportal.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.ApplicationConstants;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Shrinks the largest thing a session holds between two requests. Vaadin keeps each UI's last UIDL answer for as
 * long as the UI lives ({@link UIInternals#getLastRequestResponse()}): when the browser repeats a request whose answer
 * it lost, {@code UidlRequestHandler} sends that text again. The portal's answers are tens of kilobytes of JSON that
 * nobody reads until such a repeat.
 *
 * <p>After each UIDL request this keeps the answer deflated (a UI-scoped value, a few kilobytes) and leaves Vaadin's
 * copy empty; before each UIDL request for that UI reaches Vaadin's handler, the exact text is put back, so a repeated
 * request is answered as before. Both steps run under the session lock. A counter of the UI's UIDL requests in
 * progress keeps the text in place while another one still needs it (a repeat arriving while the first is being
 * answered). Flow 25.2 reads the kept answer in one place only, {@code UidlRequestHandler} on a repeated message; push
 * (not used by the portal) neither writes nor reads it.
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener, VaadinRequestInterceptor, RequestHandler {

    /** The request attribute naming the UI whose answer this request put back. */
    static final String RESTORED = CompactLastResponse.class.getName() + ".ui";

    /** What a UI keeps instead of Vaadin's text: the deflated UTF-8 answer, and its UIDL requests in progress. */
    static final class Kept implements Serializable {
        private byte @Nullable [] deflated;
        private int inProgress;

        int size() {
            return deflated == null ? 0 : deflated.length;
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
        // handlers added here run before Vaadin's own, so before its UIDL handler
        event.addRequestHandler(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // the session is not known yet: the answer is put back by handleRequest
    }

    /** Puts the UI's last answer back before Vaadin's UIDL handler may need it; never handles the request itself. */
    @Override
    public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) {
        if (!HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)
                || request.getAttribute(RESTORED) != null) {
            return false;
        }
        Integer id = uiId(request);
        if (id == null) {
            return false;
        }
        session.lock();
        try {
            UI ui = session.getUIById(id);
            if (ui != null) {
                restore(ui);
                request.setAttribute(RESTORED, ui);
            }
        } finally {
            session.unlock();
        }
        return false;
    }

    @Override
    public void handleException(
            VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {
        // nothing to add: requestEnd follows
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, @Nullable VaadinSession session) {
        if (session == null || !(request.getAttribute(RESTORED) instanceof UI ui)) {
            return;
        }
        request.removeAttribute(RESTORED);
        session.lock();
        try {
            stash(ui);
        } finally {
            session.unlock();
        }
    }

    /** Under the session lock, before a UIDL request: Vaadin's copy holds the last answer again. */
    static void restore(UI ui) {
        Kept kept = kept(ui);
        kept.inProgress++;
        UIInternals internals = ui.getInternals();
        if (internals.getLastRequestResponse() == null && kept.deflated != null) {
            internals.setLastRequestResponse(inflate(kept.deflated));
        }
    }

    /** Under the session lock, after a UIDL request: once none is in progress, only the deflated answer stays. */
    static void stash(UI ui) {
        Kept kept = kept(ui);
        kept.inProgress = Math.max(0, kept.inProgress - 1);
        if (kept.inProgress > 0) {
            return;
        }
        UIInternals internals = ui.getInternals();
        String last = internals.getLastRequestResponse();
        if (last != null) {
            kept.deflated = deflate(last);
            internals.setLastRequestResponse(null);
        }
    }

    static Kept kept(UI ui) {
        Kept kept = ComponentUtil.getData(ui, Kept.class);
        if (kept == null) {
            kept = new Kept();
            ComponentUtil.setData(ui, Kept.class, kept);
        }
        return kept;
    }

    private static @Nullable Integer uiId(VaadinRequest request) {
        String id = request.getParameter(ApplicationConstants.UI_ID_PARAMETER);
        if (id == null || id.isEmpty() || id.length() > 9 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.parseInt(id);
    }

    static byte[] deflate(String text) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static String inflate(byte[] deflated) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 6);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("truncated kept answer");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("unreadable kept answer", e);
        } finally {
            inflater.end();
        }
    }
}
