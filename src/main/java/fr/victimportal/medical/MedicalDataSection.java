package fr.victimportal.medical;

import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.OwnedClaimsSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The owner's documents in their data export: the list, the claim's access history, and each file, read through the
 * same checks and the same audit entry as a download. The export itself is written to the claim's history first.
 */
@Component
@Order(20)
class MedicalDataSection extends OwnedClaimsSection {

    private final MedicalDocuments documents;
    private final ClaimAccessLog history;

    MedicalDataSection(ClaimService claims, MedicalDocuments documents, ClaimAccessLog history) {
        super(claims);
        this.documents = documents;
        this.history = history;
    }

    @Override
    protected void write(String reference, String folder, Sink sink) throws IOException {
        history.recordExport(reference);
        DocumentList list = documents.list(reference);
        sink.json(folder + "documents.json", list.documents());
        sink.json(folder + "historique.json", history.accessLog(reference));
        for (DocumentSummary d : list.documents()) {
            try {
                documents.read(d.id(), false, info -> {
                    try {
                        return sink.file(folder + "documents/" + d.id() + "-" + info.fileName());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (StoredFileCorruptedException damaged) {
                sink.json(
                        folder + "documents/" + d.id() + "-ENDOMMAGE.json",
                        Map.of("document", d.id(), "erreur", "fichier endommagé, non exporté"));
            }
        }
    }
}
