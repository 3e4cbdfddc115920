package fr.victimportal.correspondence.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.victimportal.medical.StagedFiles;
import fr.victimportal.medical.UploadStaging;
import fr.victimportal.shared.ui.UploadTexts;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of this screen's upload components, as the documents page does it: each file goes through the
 * medical module's {@link UploadStaging} (name, claim room, session cap, owner-only temporary file) into the session's
 * {@link StagedFiles} (the same ones the documents page counts and the session's end deletes), then to the form; a
 * refused file is rejected with its reason in the page's language. Never a server error for what the user sent.
 */
final class FileReception implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(FileReception.class);

    private final UploadStaging staging;
    private final String reference;
    private final StagedFiles session;
    private final UI ui;
    private final Locale locale;
    private final I18NProvider translations;
    private final long transportLimit;
    private final BiConsumer<String, Path> received;
    private final Consumer<String> refused;

    FileReception(
            UploadStaging staging,
            String reference,
            long maxFileSize,
            BiConsumer<String, Path> received,
            Consumer<String> refused) {
        this.staging = staging;
        this.reference = reference;
        this.session = session(VaadinSession.getCurrent());
        this.ui = UI.getCurrent();
        this.locale = ui.getLocale();
        this.translations = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        this.transportLimit = maxFileSize + 1024 * 1024;
        this.received = received;
        this.refused = refused;
    }

    /** The session's unsaved files, under the key every upload of the portal uses. */
    static StagedFiles session(VaadinSession vaadinSession) {
        StagedFiles files = vaadinSession.getAttribute(StagedFiles.class);
        if (files == null) {
            files = new StagedFiles();
            vaadinSession.setAttribute(StagedFiles.class, files);
        }
        return files;
    }

    StagedFiles files() {
        return session;
    }

    /** An upload component for PDF, JPEG and PNG files, with the portal's texts. */
    Upload upload(int maxFiles, long maxFileSize) {
        Upload upload = new Upload(this);
        upload.setMaxFiles(maxFiles);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxFileSize));
        UploadTexts.apply(upload, maxFileSize, upload.getTranslation("medical.upload.i18n.wrongType"));
        upload.addFileRejectedListener(e -> refused.accept(
                upload.getTranslation("medical.upload.refused.line", e.getFileName(), e.getErrorMessage())));
        return upload;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        UploadStaging.Reception reception;
        try {
            reception = staging.receive(reference, session, event.getFileName(), event.getInputStream());
        } catch (RuntimeException unexpected) {
            log.warn("Upload to the thread of claim {} failed", reference, unexpected);
            reception = new UploadStaging.Reception(
                    event.getFileName(), null, "medical.upload.error.transfer", new Object[] {
                        String.valueOf(event.getFileName())
                    });
        }
        UploadStaging.Reception r = reception;
        if (r.received()) {
            try {
                ui.access(() -> received.accept(r.name(), r.file()));
            } catch (UIDetachedException pageGone) {
                session.release(r.file());
            }
        } else {
            String message = translations.getTranslation(r.refusalKey(), locale, r.refusalArguments());
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
