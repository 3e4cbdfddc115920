package fr.victimportal.medical.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import fr.victimportal.medical.DocumentNotFoundException;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.StoredFileCorruptedException;

/**
 * Downloads go through the service on every request, so the access rule, the integrity check and the log apply to
 * each read (a link copied to another browser or kept after a revocation gets nothing). A PDF is always sent as an
 * attachment (a PDF may carry scripts and actions the browser's viewer would run on the portal's origin); an image
 * shown in the browser comes with {@code Content-Security-Policy: sandbox} (no script, no same-origin access), and
 * every answer with {@code X-Content-Type-Options: nosniff}.
 */
final class Downloads {

    private static final String NO_SNIFF = "X-Content-Type-Options";
    private static final String CSP = "Content-Security-Policy";

    private Downloads() {}

    static DownloadHandler of(MedicalDocuments documents, long documentId, boolean inline) {
        return event -> {
            try {
                documents.read(documentId, inline, info -> {
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
    static boolean showsInline(String mediaType) {
        return mediaType.startsWith("image/");
    }
}
