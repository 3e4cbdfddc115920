package fr.victimportal.medical;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upload components' server side: each file goes through {@link UploadStaging} (name, claim room, session cap,
 * owner-only temporary file named by a random id) and then to the page; a refused file is rejected to the component
 * with its reason in the page's language and named in the page's list of refused files. Never a server error for what
 * the user sent. The documents page and the claim's messages use it.
 */
public final class StagingUploadHandler implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(StagingUploadHandler.class);

    private final UploadStaging staging;
    private final String reference;
    private final StagedFiles session;
    private final UI ui;
    private final Locale locale;
    private final I18NProvider translations;
    private final long transportLimit;
    private final BiConsumer<String, Path> received;
    private final Consumer<String> refused;

    /**
     * Built on the page (UI thread, session locked). {@code received} and {@code refused} run on the page through
     * {@link UI#access}.
     */
    public StagingUploadHandler(
            UploadStaging staging,
            String reference,
            long maxFileSize,
            BiConsumer<String, Path> received,
            Consumer<String> refused) {
        this.staging = staging;
        this.reference = reference;
        this.session = of(VaadinSession.getCurrent());
        this.ui = UI.getCurrent();
        this.locale = ui.getLocale();
        this.translations = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        // the transport stops a far-too-big file before it fills the disk; the staging gives the precise refusal
        this.transportLimit = maxFileSize + 1024 * 1024;
        this.received = received;
        this.refused = refused;
    }

    /** The session's unsaved files, shared by every upload component of the session. */
    public static StagedFiles of(VaadinSession vaadinSession) {
        StagedFiles files = vaadinSession.getAttribute(StagedFiles.class);
        if (files == null) {
            files = new StagedFiles();
            vaadinSession.setAttribute(StagedFiles.class, files);
        }
        return files;
    }

    public StagedFiles session() {
        return session;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        UploadStaging.Reception reception;
        try {
            reception = staging.receive(reference, session, event.getFileName(), event.getInputStream());
        } catch (RuntimeException unexpected) {
            log.warn("Upload to claim {} failed", reference, unexpected);
            reception = new UploadStaging.Reception(
                    event.getFileName(), null, "medical.upload.error.transfer", new Object[] {
                        String.valueOf(event.getFileName())
                    });
        }
        if (reception.received()) {
            Path file = reception.file();
            String name = reception.name();
            try {
                ui.access(() -> received.accept(name, file));
            } catch (UIDetachedException pageGone) {
                session.release(file);
            }
        } else {
            String message = translations.getTranslation(reception.refusalKey(), locale, reception.refusalArguments());
            event.reject(message);
            try {
                ui.access(() -> refused.accept(message));
            } catch (UIDetachedException pageGone) {
                // nobody to tell
            }
        }
    }

    @Override
    public long getFileSizeMax() {
        return transportLimit;
    }
}
