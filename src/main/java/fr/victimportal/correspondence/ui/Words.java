package fr.victimportal.correspondence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import fr.victimportal.correspondence.RequestItem;
import fr.victimportal.shared.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** The few ways this screen writes things for people: an item's name, a date and time in Paris, plain text. */
final class Words {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Words() {}

    /** The item's name in the reader's language; a free item ({@link RequestItem#OTHER}) is named by its label. */
    static String item(Component c, RequestItem item, @Nullable String label) {
        if (item == RequestItem.OTHER && label != null && !label.isBlank()) {
            return label;
        }
        return c.getTranslation(item.labelKey());
    }

    /** "23 novembre 2026 à 10:05", in the portal's time zone. */
    static String at(Component c, @Nullable Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        return c.getTranslation(
                "correspondence.at",
                Formats.date(local.toLocalDate(), UI.getCurrent().getLocale()),
                TIME.format(local));
    }

    /** Text written by a person: shown as typed (line breaks kept by CSS), never read as HTML. */
    static Paragraph plain(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("plain-text");
        return p;
    }
}
