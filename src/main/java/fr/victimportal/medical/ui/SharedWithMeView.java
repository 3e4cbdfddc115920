package fr.victimportal.medical.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.SharedDocument;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** For the victim's doctor, the insurer's examining doctor and a caseworker: the documents victims shared with them. */
@Route(value = "documents-partages", layout = MainLayout.class)
@RolesAllowed({"DOCTOR", "EXPERT", "HELPER"})
@Menu(title = "nav.sharedDocuments", order = 3, icon = "vaadin:file-text-o")
public class SharedWithMeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MedicalDocuments documents;

    public SharedWithMeView(MedicalDocuments documents) {
        this.documents = documents;
        addClassNames("portal-page", "shared-documents");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("medical.shared.title")), new Paragraph(getTranslation("medical.shared.intro")));
        List<SharedDocument> shared = documents.sharedWithMe();
        if (shared.isEmpty()) {
            add(new Paragraph(getTranslation("medical.shared.empty")));
        }
        for (SharedDocument s : shared) {
            add(new Anchor(
                    "dossier/" + s.reference() + "/documents",
                    getTranslation("medical.shared.claim", s.reference(), s.victimName())));
            add(new DocumentCard(s.document(), documents));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("medical.shared.title") + " · " + getTranslation("app.name");
    }
}
