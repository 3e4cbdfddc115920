package fr.victimportal.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.insurer.InsurerKind;
import fr.victimportal.insurer.InsurerRef;
import java.util.Optional;

/**
 * On the dashboard: which insurer handles the claim. The owner may address it to another until that insurer has acted;
 * from then on the page says that only the insurer can transfer it. An agent of the handling insurer may transfer it.
 * Both forms are on their own page ({@link #PATH}), reached by a plain link: their combo box, text area and confirm
 * dialog are then loaded with that page only, not with every dashboard (the link is a path, not the view's class, so
 * Vaadin's bundle scan does not follow it from here).
 */
class InsurerPanel extends Section {

    /** The insurer page of a claim, after {@code dossier/<reference>}. */
    static final String PATH = "/assureur";

    InsurerPanel(ClaimFile file, Optional<InsurerRef> handling) {
        addClassNames("card", "handling-insurer");
        add(new H2(getTranslation("claim.insurer.panel.title")));
        add(handlingLine(this, file, handling));
        String page = "dossier/" + file.reference() + PATH;
        if (file.viewer() == Relation.OWNER) {
            if (file.insurerActed()) {
                add(new Paragraph(getTranslation("claim.insurer.panel.acted", nameOf(this, handling))));
            } else {
                add(link(page, "claim.insurer.panel.changeTitle", "insurer-change-link"));
            }
        } else if (file.viewer() == Relation.AGENT) {
            add(link(page, "claim.transfer.title", "insurer-transfer-link"));
        }
    }

    /** "Your claim is handled by …" for the owner; "This claim is handled by …" for an agent or a caseworker. */
    static Paragraph handlingLine(Component host, ClaimFile file, Optional<InsurerRef> handling) {
        String reader = file.viewer() == Relation.OWNER ? "" : ".other";
        Paragraph line = new Paragraph(
                handling.isEmpty()
                        ? host.getTranslation("claim.insurer.panel.none" + reader)
                        : host.getTranslation(
                                (handling.get().kind() == InsurerKind.FUND
                                                ? "claim.insurer.panel.fund"
                                                : "claim.insurer.panel.insurer")
                                        + reader,
                                nameOf(host, handling)));
        line.addClassName("handling-insurer-name");
        return line;
    }

    static String nameOf(Component host, Optional<InsurerRef> handling) {
        return handling.map(i -> i.label(host.getTranslation("insurer.fictitious")))
                .orElse("");
    }

    private Paragraph link(String href, String key, String className) {
        Anchor link = new Anchor(href, getTranslation(key));
        link.addClassNames("action-link", className);
        link.getElement().setAttribute("theme", ButtonVariant.LUMO_PRIMARY.getVariantName());
        return new Paragraph(link);
    }
}
