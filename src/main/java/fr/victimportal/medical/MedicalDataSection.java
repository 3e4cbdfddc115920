package fr.victimportal.medical;

import fr.victimportal.account.PersonalDataSection;
import fr.victimportal.claim.ClaimService;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The owner's documents in their data export: the list, the claim's access history, and each file, read through the
 * same checks and the same audit entry as a download.
 */
@Component
@Order(20)
class MedicalDataSection implements PersonalDataSection {

    private final ClaimService claims;
    private final MedicalDocuments documents;

    MedicalDataSection(ClaimService claims, MedicalDocuments documents) {
        this.claims = claims;
        this.documents = documents;
    }

    @Override
    public void write(Sink sink) throws IOException {
        for (String reference : claims.myClaims()) {
            String base = "dossiers/" + reference + "/";
            documents.recordExport(reference);
            DocumentList list = documents.list(reference);
            sink.json(base + "documents.json", list.documents());
            sink.json(base + "historique.json", documents.accessLog(reference));
            for (DocumentSummary d : list.documents()) {
                try {
                    documents.read(d.id(), false, info -> {
                        try {
                            return sink.file(base + "documents/" + d.id() + "-" + info.fileName());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (StoredFileCorruptedException damaged) {
                    sink.json(base + "documents/" + d.id() + "-ENDOMMAGE.json",
                            java.util.Map.of("document", d.id(), "erreur", "fichier endommagé, non exporté"));
                }
            }
        }
    }
}
