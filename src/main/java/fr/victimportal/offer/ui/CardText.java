package fr.victimportal.offer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import fr.victimportal.shared.ui.StaticHtml;
import org.jsoup.nodes.Element;

/**
 * Fills a card (or the page) in order, the texts that never change written as HTML and the real components (buttons,
 * fields, download links) added between them (issue 25: the offer page's decision card kept a state node or two for
 * every paragraph, heading and list item). Each run of texts becomes one {@link StaticHtml} node, a
 * {@code div.card-text} laid out with {@code display: contents}, so the paragraphs sit in the card as before.
 */
final class CardText {

    private final HasComponents target;
    private Element run;

    CardText(HasComponents target) {
        this.target = target;
    }

    /** Appends a text element ({@code p}, {@code h2} …) with the given classes; the text is escaped. */
    Element add(String tag, String text, String... classes) {
        return StaticHtml.add(run(), tag, text, classes);
    }

    /** Appends a list, filled by the caller with {@code li} elements. */
    Element list(String... classes) {
        Element ul = run().appendElement("ul");
        for (String c : classes) {
            ul.addClass(c);
        }
        return ul;
    }

    /** Adds real components after the texts written so far. */
    void add(Component... components) {
        flush();
        target.add(components);
    }

    /** Writes the texts not yet added; call it once the card is complete. */
    void flush() {
        if (run != null && run.childrenSize() > 0) {
            target.add(StaticHtml.component(run));
        }
        run = null;
    }

    private Element run() {
        if (run == null) {
            run = StaticHtml.root("div", "card-text");
        }
        return run;
    }
}
