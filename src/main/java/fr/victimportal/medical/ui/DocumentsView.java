package fr.victimportal.medical.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.medical.DocumentList;
import fr.victimportal.medical.DocumentSummary;
import fr.victimportal.medical.HeirPurpose;
import fr.victimportal.medical.MedicalConsent;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.MedicalObjections;
import fr.victimportal.medical.UploadStaging;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * A claim's documents. The victim adds files, chooses who reads each one, records refusals and reaches the access
 * log; an insurer agent sees that documents exist; a doctor, expert or caseworker sees what was shared with them.
 * What each one sees is decided by the service on every call, not here.
 */
@Route(value = "dossier/:reference/documents", layout = MainLayout.class)
@RolesAllowed({"VICTIM", "AGENT", "HELPER", "DOCTOR", "EXPERT"})
public class DocumentsView extends ClaimPage<DocumentList> {

    private final MedicalDocuments documents;
    private final MedicalConsent consent;
    private final Clock clock;
    private final UploadStaging staging;
    private final Section list = new Section();
    private final Section refusals = new Section();

    /** Document cards shown at once; the next ones on request. */
    static final int PAGE = 20;

    // issue 24: the heir's purpose (CSP L1110-4 V), for this page only; the victim's objection panel
    private HeirPurpose purpose;
    private MedicalObjections objections;

    @org.springframework.beans.factory.annotation.Autowired
    void objections(MedicalObjections objections) {
        this.objections = objections;
    }

    public DocumentsView(MedicalDocuments documents, MedicalConsent consent, Clock clock, UploadStaging staging) {
        super("medical.documents.pageTitle");
        this.documents = documents;
        this.staging = staging;
        this.consent = consent;
        this.clock = clock;
        addClassNames("portal-page", "documents");
        list.addClassName("document-list");
    }

    @Override
    protected DocumentList open(String reference) {
        return documents.list(reference);
    }

    @Override
    protected void show(DocumentList current) {
        removeAll();
        add(
                new H1(getTranslation("medical.documents.title", current.reference())),
                new Paragraph(getTranslation(
                        switch (current.viewer()) {
                            case OWNER -> "medical.documents.intro.owner";
                            case AGENT -> "medical.documents.intro.agent";
                            case RELATIVE ->
                                current.heirOfDeceased()
                                        ? "family.documents.intro.heir"
                                        : "medical.documents.intro.other";
                            default -> "medical.documents.intro.other";
                        })));
        if (current.owner()) {
            add(new Anchor(
                    "dossier/" + current.reference() + "/documents/journal",
                    getTranslation("medical.documents.accessLog")));
        }
        if (current.owner() || current.viewer() == Relation.HELPER) {
            // a caseworker reaches this page only when the mandate covers gathering documents (the service checks)
            add(new UploadPanel(current.reference(), documents, staging, clock, this::reload));
        }
        if (current.viewer() == Relation.EXPERT || current.viewer() == Relation.AGENT) {
            add(new ReportUploadPanel(current.reference(), documents, staging, clock, this::reload));
        }
        if (current.owner()) {
            add(new ObjectionPanel(
                    current.reference(), objections, () -> show(documents.list(reference())))); // issue 24
        } else if (current.heirOfDeceased()) {
            add(new PurposeGate(current.askPurpose(), purpose, p -> {
                purpose = p;
                reload();
            }));
        }
        add(list, refusals);
        if (current.viewer() == Relation.OWNER
                || current.viewer() == Relation.AGENT
                || current.viewer() == Relation.HELPER
                || current.viewer() == Relation.RELATIVE) {
            add(new Anchor("dossier/" + current.reference(), getTranslation("medical.documents.back")));
        }
        showList(current);
    }

    /** Only the list and the refusals change when a document is added, shared or withdrawn. */
    @Override
    protected void reload() {
        showList(documents.list(reference(), purpose));
    }

    private void showList(DocumentList current) {
        list.removeAll();
        list.add(new H2(
                getTranslation("medical.documents.count", current.documents().size())));
        if (current.owner()
                && current.recipients().isEmpty()
                && !current.documents().isEmpty()) {
            list.add(new Paragraph(getTranslation("medical.documents.noRecipients")));
        }
        showCards(current, 0);
        refusals.removeAll();
        if (current.owner() || !current.refusals().isEmpty()) {
            refusals.add(new RefusalPanel(current, consent, clock.getZone(), this::reload));
        }
    }

    /**
     * Cards {@code from} to {@code from + PAGE}, then a button for the next ones: a claim may hold hundreds of
     * documents, and each card is a few dozen nodes kept in the session (issue 25). The first new card takes the
     * focus, so a keyboard or screen-reader user goes on where they were.
     */
    private void showCards(DocumentList current, int from) {
        List<DocumentSummary> all = current.documents();
        int to = Math.min(all.size(), from + PAGE);
        DocumentCard first = null;
        for (DocumentSummary doc : all.subList(from, to)) {
            DocumentCard card = new DocumentCard(doc, documents, consent, current.recipients(), this::reload, purpose);
            list.add(card);
            first = first == null ? card : first;
        }
        if (to < all.size()) {
            Button more = new Button(
                    getTranslation("medical.documents.more", Math.min(PAGE, all.size() - to), all.size() - to));
            more.addClassName("documents-more");
            more.addClickListener(e -> {
                list.remove(more);
                showCards(current, to);
            });
            list.add(more);
        }
        if (from > 0 && first != null) {
            first.getElement().setAttribute("tabindex", "-1");
            first.getElement().callJsFunction("focus");
        }
    }
}
