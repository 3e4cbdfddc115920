package fr.victimportal.medical.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import fr.victimportal.claim.ClaimParticipants.Participant;
import fr.victimportal.medical.DocumentDownloads;
import fr.victimportal.medical.DocumentSummary;
import fr.victimportal.medical.HeirPurpose;
import fr.victimportal.medical.MedicalConsent;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.shared.Formats;
import java.util.List;

/** One document: what it is, its date, whether it is shared, open/download links, and (owner) who may read it. */
class DocumentCard extends Div {

    /** A document shared with the reader: what it is and the links, no sharing choices. */
    DocumentCard(DocumentSummary doc, MedicalDocuments documents) {
        this(doc, documents, null, List.of(), () -> {}, null);
    }

    DocumentCard(
            DocumentSummary doc,
            MedicalDocuments documents,
            MedicalConsent consent,
            List<Participant> recipients,
            Runnable changed,
            HeirPurpose purpose) {
        addClassNames("card", "document-card");
        String title = doc.title() != null ? doc.title() : getTranslation("medical.documents.hidden");
        Span status =
                new Span(getTranslation(doc.shared() ? "medical.documents.shared" : "medical.documents.notShared"));
        status.getElement().getThemeList().add(doc.shared() ? "badge success" : "badge contrast");
        String what = getTranslation("medical.class." + doc.documentClass())
                + (doc.type() != null ? " · " + getTranslation("medical.type." + doc.type()) : "");
        add(
                new H3(title),
                new Paragraph(what),
                new Paragraph(getTranslation("medical.documents.dated", Formats.date(doc.date(), getLocale()))),
                status);
        if (doc.mayOpen()) {
            Anchor download = new Anchor(
                    DocumentDownloads.of(documents, doc.id(), false, purpose),
                    getTranslation("medical.documents.download"));
            download.setAriaLabel(getTranslation("medical.documents.downloadNamed", title));
            Div links = new Div(download);
            if (DocumentDownloads.showsInline(doc.mediaType())) {
                Anchor open = new Anchor(
                        DocumentDownloads.of(documents, doc.id(), true, purpose),
                        getTranslation("medical.documents.open"));
                open.setTarget(AnchorTarget.BLANK);
                open.setAriaLabel(getTranslation("medical.documents.openNamed", title));
                links.addComponentAsFirst(open);
            }
            links.addClassName("document-links");
            add(links);
        }
        for (Participant p : recipients) {
            Checkbox share = new Checkbox(getTranslation(
                    "medical.documents.shareWith", p.displayName(), getTranslation("medical.log.role." + p.role())));
            share.setValue(doc.sharedWith().contains(p.userId()));
            share.addValueChangeListener(e -> {
                if (e.getValue()) {
                    consent.share(doc.id(), p.userId());
                    Notification.show(getTranslation("medical.documents.sharedNow", p.displayName()));
                } else {
                    consent.revoke(doc.id(), p.userId());
                    Notification.show(getTranslation("medical.documents.revokedNow", p.displayName()));
                }
                changed.run();
            });
            add(share);
        }
    }
}
