package fr.victimportal.shared.ui;

import com.vaadin.flow.component.Html;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A card that does not change once shown, written as one {@link Html} component: the browser gets the same headings,
 * lists, links and aria as with one component per element, while the session keeps one state node for the whole
 * card instead of two or three per element (issue 25). The card is built as a jsoup tree, so every text, the
 * person's own words included, is set as text and escaped when written; nothing is ever pasted in as markup.
 *
 * <p>Only for what never changes and holds no field or listener: such a card is replaced as a whole when its data
 * changes.
 */
public final class StaticHtml {

    private StaticHtml() {}

    /** A new root element with the given classes, written without pretty-printing (no added blanks between tags). */
    public static Element root(String tag, String... classes) {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
        Element root = document.createElement(tag);
        document.appendChild(root);
        for (String c : classes) {
            root.addClass(c);
        }
        return root;
    }

    /** Appends to {@code parent} an element holding {@code text} (escaped), with the given classes. */
    public static Element add(Element parent, String tag, String text, String... classes) {
        Element child = parent.appendElement(tag).text(text);
        for (String c : classes) {
            child.addClass(c);
        }
        return child;
    }

    /**
     * The finished card as one component. Vaadin's {@link Html} re-writes the inner HTML with jsoup's defaults
     * (UTF-8), and the portal's texts carry ’, € and narrow no-break spaces, so the session would hold the card's text
     * at two bytes a character; it is set again written in ASCII (those characters as numeric entities, the same text
     * in the browser), which the JVM holds at one byte a character.
     */
    public static Html component(Element root) {
        Document document = root.ownerDocument();
        if (document == null) {
            return new Html(root.outerHtml());
        }
        // issue 25: Html parses what it is given; the root's tag and attributes are enough, the content is set below
        // (the whole card was written, parsed again and written again on every navigation)
        Html html = new Html(root.shallowClone().outerHtml());
        html.getElement().setProperty("innerHTML", innerHtml(root));
        return html;
    }

    /**
     * The root's content written in ASCII (characters outside it as numeric entities), for an element whose
     * {@code innerHTML} property is set again when what it shows changes (the menu's current page, issue 25).
     */
    public static String innerHtml(Element root) {
        Document document = root.ownerDocument();
        if (document != null) {
            document.outputSettings().charset(StandardCharsets.US_ASCII);
        }
        return root.html();
    }
}
