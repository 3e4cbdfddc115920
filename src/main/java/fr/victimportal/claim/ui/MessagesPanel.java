package fr.victimportal.claim.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.shared.CorrespondenceSummary;
import fr.victimportal.shared.Formats;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The claim's thread seen from the dashboard (correspondence module, through {@link CorrespondenceSummary} only): how
 * many messages the reader has not seen, the document requests still open and the first due date, and the link to
 * the thread. A handful of components: the thread itself loads on its own page.
 */
class MessagesPanel extends Section {

    MessagesPanel(String reference, CorrespondenceSummary.Summary summary, Locale locale) {
        addClassNames("card", "messages-summary");
        H2 title = new H2(getTranslation("dashboard.messages.title"));
        title.setId("messages-summary-title");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        add(title);
        add(new Paragraph(
                summary.unread() == 0
                        ? getTranslation("dashboard.messages.none")
                        : getTranslation("dashboard.messages.unread", summary.unread())));
        if (summary.openRequests() > 0) {
            add(new Paragraph(requestsLine(summary, locale)));
        }
        Anchor open = new Anchor(path(reference), getTranslation("dashboard.messages.open"));
        open.addClassName("action-link");
        add(open);
    }

    /** "2 demandes de documents en attente, la première pour le 7 décembre 2026". */
    private String requestsLine(CorrespondenceSummary.Summary summary, Locale locale) {
        return getTranslation(
                "dashboard.messages.requests", summary.openRequests(), Formats.date(summary.nextDue(), locale));
    }

    /** The thread's page (correspondence module): linked by its path, claim does not depend on it. */
    static String path(String reference) {
        return "dossier/" + reference + "/messages";
    }

    /**
     * Whether the signed-in user reads the claim's thread: the victim, a caseworker whose mandate covers the
     * correspondence, the handling insurer's agent, after a recorded death an heir (issue 24); never a doctor, nor a
     * relative of a living victim. A draft has no thread yet.
     */
    static boolean shownTo(ClaimFile file, boolean heirAfterDeath) {
        if (!file.submitted()) {
            return false;
        }
        return switch (file.viewer()) {
            case OWNER, AGENT -> true;
            case HELPER -> file.allows(HelperScope.CORRESPONDENCE);
            case DOCTOR, EXPERT -> false;
            case RELATIVE -> heirAfterDeath;
        };
    }

    /** The victim's side answers the requests: they are among the dashboard's next actions. */
    static boolean answersRequests(ClaimFile file, CorrespondenceSummary.@Nullable Summary summary) {
        return summary != null
                && summary.openRequests() > 0
                && (file.viewer() == Relation.OWNER
                        || file.viewer() == Relation.HELPER
                        || file.viewer() == Relation.RELATIVE);
    }
}
