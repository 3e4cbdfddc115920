package fr.victimportal.medical;

import com.vaadin.flow.server.streams.DownloadHandler;
import org.jspecify.annotations.Nullable;

/**
 * Downloads go through the service on every request, so the access rule, the integrity check and the log apply to
 * each read (a link copied to another browser or kept after a revocation gets nothing). A PDF is always sent as an
 * attachment (a PDF may carry scripts and actions the browser's viewer would run on the portal's origin); an image
 * shown in the browser comes with {@code Content-Security-Policy: sandbox} (no script, no same-origin access), and
 * every answer with {@code X-Content-Type-Options: nosniff}. Any module showing a document link uses it.
 */
public final class DocumentDownloads {

    private static final String NO_SNIFF = "X-Content-Type-Options";
    private static final String CSP = "Content-Security-Policy";

    private DocumentDownloads() {}

    /** A link target that reads the document through {@link MedicalDocuments#read} on every request. */
    public static DownloadHandler of(MedicalDocuments documents, long documentId, boolean inline) {
        return of(documents, documentId, inline, null);
    }

    /** The same for an heir of a deceased victim, with the purpose they chose (CSP L1110-4 V). */
    public static DownloadHandler of(
            MedicalDocuments documents, long documentId, boolean inline, @Nullable HeirPurpose purpose) {
        return event -> {
            try {
                documents.read(documentId, inline, purpose, info -> {
                    event.setContentType(info.mediaType());
                    event.setContentLength(info.size());
                    event.getResponse().setHeader(NO_SNIFF, "nosniff");
                    if (inline && showsInline(info.mediaType())) {
                        event.getResponse().setHeader(CSP, "sandbox");
                        event.inline(info.fileName());
                    } else {
                        event.setFileName(info.fileName());
                    }
                    return event.getOutputStream();
                });
            } catch (DocumentNotFoundException notYours) {
                event.getResponse().setStatus(404);
            } catch (StoredFileCorruptedException damaged) {
                event.getResponse().setStatus(500);
            }
        };
    }

    /** Only images open in the browser; a PDF is downloaded (see the class comment). */
    public static boolean showsInline(String mediaType) {
        return mediaType.startsWith("image/");
    }
}
