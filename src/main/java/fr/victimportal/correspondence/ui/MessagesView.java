package fr.victimportal.correspondence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.correspondence.ClaimThreads;
import fr.victimportal.correspondence.DocumentRequests;
import fr.victimportal.correspondence.ThreadHeader;
import fr.victimportal.medical.DocumentSummary;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.UploadStaging;
import fr.victimportal.shared.ResourceNotFoundException;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * A claim's messages and document requests. The victim, a caseworker whose mandate covers the correspondence and the
 * handling insurer's agents read and write here; a doctor, the examining doctor, a caseworker without that scope and
 * any other insurer's agent get the same "not found" as an unknown reference (the services decide, on every call).
 */
@Route(value = "dossier/:reference/messages", layout = MainLayout.class)
@RolesAllowed({"VICTIM", "AGENT", "HELPER", "DOCTOR", "EXPERT"})
public class MessagesView extends ClaimPage<ThreadHeader> {

    private final ClaimThreads threads;
    private final DocumentRequests requests;
    private final MedicalDocuments documents;
    private final UploadStaging staging;
    private final Clock clock;

    public MessagesView(
            ClaimThreads threads,
            DocumentRequests requests,
            MedicalDocuments documents,
            UploadStaging staging,
            Clock clock) {
        super("correspondence.view.title");
        this.threads = threads;
        this.requests = requests;
        this.documents = documents;
        this.staging = staging;
        this.clock = clock;
        addClassNames("portal-page", "messages");
    }

    @Override
    protected ThreadHeader open(String reference) {
        return threads.open(reference);
    }

    @Override
    protected void show(ThreadHeader header) {
        removeAll();
        add(new H1(getTranslation("correspondence.view.title", header.reference())));
        add(new Paragraph(getTranslation(
                switch (header.viewer()) {
                    case AGENT -> "correspondence.view.intro.agent";
                    case HELPER -> "correspondence.view.intro.helper";
                    default -> "correspondence.view.intro.owner";
                })));
        if (header.open() && header.viewer() != Relation.AGENT) {
            add(new Paragraph(getTranslation("correspondence.view.insurer", header.insurerName())));
        }
        if (!header.open()) {
            Paragraph notSent = new Paragraph(getTranslation("correspondence.view.notSent"));
            notSent.addClassName("messages-not-sent");
            add(notSent, back(header));
            return;
        }
        Context context = new Context(header, threads, requests, documents, staging, clock, readable(header));
        add(
                new RequestsSection(context, this::reload),
                new ThreadSection(context),
                new ComposeForm(context, this::reload));
        add(back(header));
    }

    /** Documents of the claim the reader may open (a caseworker without the documents scope has none to choose). */
    private List<DocumentSummary> readable(ThreadHeader header) {
        try {
            return documents.list(header.reference()).documents().stream()
                    .filter(DocumentSummary::mayOpen)
                    .toList();
        } catch (ResourceNotFoundException noDocumentsScope) {
            return List.of();
        }
    }

    private Anchor back(ThreadHeader header) {
        return new Anchor("dossier/" + header.reference(), getTranslation("correspondence.view.back"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("correspondence.view.title", reference()) + " · " + getTranslation("app.name");
    }
}
