package fr.victimportal.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;
import java.util.Arrays;
import java.util.Locale;

/**
 * Every built-in text of Vaadin's upload component from the portal's translations, in the page's language (without
 * this the component speaks English: "Upload failed…", "Drop files here"). On a phone, where nothing can be dropped,
 * dropping is off and the hint says to use the button instead.
 */
public final class UploadTexts {

    private UploadTexts() {}

    /**
     * Sets the texts on {@code upload}. {@code maxFileSize} (bytes) is named in the "too big" message;
     * {@code wrongType} is the page's own message for a file of a type it does not take.
     */
    /**
     * An upload component for the medical files' types (PDF, JPEG, PNG) fed by {@code handler}, with these texts; a
     * file the component itself rejects (type, size) is told to {@code refused} in the page's language.
     */
    public static Upload medicalFiles(
            com.vaadin.flow.server.streams.UploadHandler handler,
            int maxFiles,
            long maxFileSize,
            java.util.function.Consumer<String> refused) {
        Upload upload = new Upload(handler);
        upload.setMaxFiles(maxFiles);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxFileSize));
        apply(upload, maxFileSize, upload.getTranslation("medical.upload.i18n.wrongType"));
        upload.addFileRejectedListener(e -> refused.accept(
                upload.getTranslation("medical.upload.refused.line", e.getFileName(), e.getErrorMessage())));
        return upload;
    }

    public static void apply(Upload upload, long maxFileSize, String wrongType) {
        boolean phone = phone(VaadinSession.getCurrent());
        upload.setDropAllowed(!phone);
        long megabytes = maxFileSize / (1024 * 1024);
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(t(upload, phone ? "upload.drop.phone.one" : "upload.drop.one"))
                .setMany(t(upload, phone ? "upload.drop.phone.many" : "upload.drop.many")));
        i18n.setAddFiles(
                new UploadI18N.AddFiles().setOne(t(upload, "upload.add.one")).setMany(t(upload, "upload.add.many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(t(upload, "upload.error.tooMany"))
                .setFileIsTooBig(upload.getTranslation("upload.error.tooBig", megabytes))
                .setIncorrectFileType(wrongType));
        i18n.setFile(new UploadI18N.File()
                .setRetry(t(upload, "upload.file.retry"))
                .setStart(t(upload, "upload.file.start"))
                .setRemove(t(upload, "upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t(upload, "upload.status.connecting"))
                        .setStalled(t(upload, "upload.status.stalled"))
                        .setProcessing(t(upload, "upload.status.processing"))
                        .setHeld(t(upload, "upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(upload, "upload.remaining.prefix"))
                        .setUnknown(t(upload, "upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(upload, "upload.failed.serverUnavailable"))
                        .setUnexpectedServerError(t(upload, "upload.failed.unexpected"))
                        .setForbidden(t(upload, "upload.failed.forbidden"))
                        .setFileTooLarge(upload.getTranslation("upload.error.tooBig", megabytes))));
        i18n.setUnits(Arrays.asList(t(upload, "upload.units").split(",")));
        upload.setI18n(i18n);
    }

    /**
     * A phone or another touch-only device, from the browser's user agent (Android, iPhone, iPod, Windows Phone, or
     * any "Mobile" browser). Read here rather than through WebBrowser.isIPhone(), which compares the agent string
     * case-sensitively with lower-case words and misses real iPhones.
     */
    public static boolean phone(VaadinSession session) {
        WebBrowser browser = session == null ? null : session.getBrowser();
        String agent = browser == null ? null : browser.getBrowserApplication();
        if (agent == null) {
            return false;
        }
        String a = agent.toLowerCase(Locale.ROOT);
        return a.contains("iphone")
                || a.contains("ipod")
                || a.contains("android")
                || a.contains("windows phone")
                || a.contains("mobile");
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
