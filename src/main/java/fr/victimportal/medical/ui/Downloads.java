package fr.victimportal.medical.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import fr.victimportal.medical.DocumentNotFoundException;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.StoredFileCorruptedException;

/**
 * Downloads go through the service on every request, so the access rule, the integrity check and the log apply to
 * each read (a link copied to another browser or kept after a revocation gets nothing).
 */
final class Downloads {

    private Downloads() {
    }

    static DownloadHandler of(MedicalDocuments documents, long documentId, boolean inline) {
        return event -> {
            try {
                documents.read(documentId, inline, info -> {
                    event.setContentType(info.mediaType());
                    event.setContentLength(info.size());
                    if (inline) {
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
}
