package fr.victimportal.claim.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Representation;
import java.time.LocalDate;

/**
 * Who holds the claim, when a legal representative does (L211-15), with the judge's authorisation every settlement
 * needs; or, when the declared birth date shows a minor and nobody is recorded, a prompt to record the representative.
 */
public class RepresentationPanel extends Section {

    public RepresentationPanel(ClaimFile file) {
        addClassNames("card", "representation-panel");
        getElement().setAttribute("role", "note");
        Representation r = file.representation();
        add(new H2(getTranslation("representation.panel.title")));
        if (r.represented()) {
            add(new Paragraph(getTranslation(
                    "representation.panel.held",
                    file.ownerName(),
                    getTranslation("representation.role." + r.role().name()),
                    r.representedName(),
                    getTranslation("representation.person." + r.person().name()))));
            add(new Paragraph(getTranslation(r.settlementNeedsJudge() ? "representation.judge" : "declarant.curator")));
        } else {
            add(new Paragraph(getTranslation("representation.panel.minor")));
        }
        if (file.editable()) {
            add(new Anchor(
                    file.submitted()
                            ? "dossier/" + file.reference() + "/representation"
                            : "declaration/" + file.reference() + "/0",
                    getTranslation("representation.panel.edit")));
        }
    }

    /** The declared birth date makes the victim a minor today. */
    static boolean minorOn(ClaimFile file, LocalDate today) {
        LocalDate birth = file.situation() == null ? null : file.situation().birthDate();
        return birth != null && birth.plusYears(18).isAfter(today);
    }
}
