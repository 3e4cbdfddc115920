package fr.victimportal.claim.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.shared.ClockConfiguration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The declaration's corrections, newest first, and the link to correct it. */
class RevisionHistory extends Section {

    RevisionHistory(ClaimFile file) {
        addClassName("card");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ClockConfiguration.PARIS);
        UnorderedList list = new UnorderedList();
        for (ClaimFile.Revision revision : file.revisions()) {
            UnorderedList changes = new UnorderedList();
            revision.changes()
                    .forEach(c -> changes.add(new ListItem(getTranslation(
                            "history.change",
                            getTranslation("history.field." + c.field()),
                            blank(c.before()),
                            blank(c.after())))));
            list.add(new ListItem(
                    new Paragraph(getTranslation(
                            "history.entry",
                            when.format(revision.at()),
                            revision.by(),
                            getTranslation("claim.step." + revision.section()))),
                    changes));
        }
        Details details =
                new Details(getTranslation("history.title", file.revisions().size()));
        details.add(file.revisions().isEmpty() ? new Paragraph(getTranslation("history.none")) : list);
        add(details);
        if (file.editable()) {
            add(new Anchor("declaration/" + file.reference() + "/1", getTranslation("history.correct")));
        }
    }

    private String blank(String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return getTranslation("true".equals(value) ? "claim.answer.YES" : "claim.answer.NO");
        }
        return value == null || value.isEmpty() ? getTranslation("claim.review.empty") : value;
    }
}
