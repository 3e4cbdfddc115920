package fr.victimportal.claim.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.ui.StaticHtml;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The declaration's corrections, newest first, and the link to correct it. The list is written only when the person
 * opens it (most never do), as one {@link StaticHtml} list: the names and answers in it are the people's own words,
 * escaped as text.
 */
class RevisionHistory extends Section {

    RevisionHistory(ClaimFile file) {
        addClassName("card");
        List<ClaimFile.Revision> revisions = file.revisions();
        Details details = new Details(getTranslation("history.title", revisions.size()));
        details.addClassName("revision-history");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(
                        revisions.isEmpty()
                                ? new Paragraph(getTranslation("history.none"))
                                : StaticHtml.component(list(revisions)));
            }
        });
        add(details);
        if (file.editable()) {
            add(new Anchor("declaration/" + file.reference() + "/1", getTranslation("history.correct")));
        }
    }

    private Element list(List<ClaimFile.Revision> revisions) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ClockConfiguration.PARIS);
        Element list = StaticHtml.root("ul", "revision-list");
        for (ClaimFile.Revision revision : revisions) {
            Element entry = list.appendElement("li");
            StaticHtml.add(
                    entry,
                    "p",
                    getTranslation(
                            "history.entry",
                            when.format(revision.at()),
                            revision.by(),
                            getTranslation("claim.step." + revision.section())));
            Element changes = entry.appendElement("ul");
            revision.changes()
                    .forEach(c -> StaticHtml.add(
                            changes,
                            "li",
                            getTranslation(
                                    "history.change",
                                    getTranslation("history.field." + c.field()),
                                    blank(c.before()),
                                    blank(c.after()))));
        }
        return list;
    }

    private String blank(String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return getTranslation("true".equals(value) ? "claim.answer.YES" : "claim.answer.NO");
        }
        return value == null || value.isEmpty() ? getTranslation("claim.review.empty") : value;
    }
}
