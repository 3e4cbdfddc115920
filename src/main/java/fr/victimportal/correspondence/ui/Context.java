package fr.victimportal.correspondence.ui;

import fr.victimportal.correspondence.ClaimThreads;
import fr.victimportal.correspondence.DocumentRequests;
import fr.victimportal.correspondence.ThreadHeader;
import fr.victimportal.medical.DocumentSummary;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.UploadStaging;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** What the screen's parts share for one opening of the thread: its header, the services, the readable documents. */
record Context(
        ThreadHeader header,
        ClaimThreads threads,
        DocumentRequests requests,
        MedicalDocuments documents,
        UploadStaging staging,
        Clock clock,
        List<DocumentSummary> readable) {

    String reference() {
        return header.reference();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
