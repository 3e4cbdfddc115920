package fr.victimportal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the user reads in the cards written as one {@link Html} component ({@code shared.ui.StaticHtml}): their
 * elements are in the browser, not in the server's component tree, so Karibu's locators cannot reach them. These
 * helpers read them back from the HTML the server sends, the same way {@code Element.getTextRecursively()} reads
 * components (the texts joined without separators, no-break spaces kept).
 */
public final class StaticCards {

    private StaticCards() {}

    /** Every element of the page's static cards matching the CSS {@code query}, in page order. */
    public static List<Element> elements(String query) {
        return _find(Html.class).stream()
                .flatMap(html -> parse(html.getElement()).select(query).stream())
                .toList();
    }

    /** The text of every element of the page's static cards matching the CSS {@code query}, in page order. */
    public static List<String> texts(String query) {
        return elements(query).stream().map(StaticCards::text).toList();
    }

    /** The text of the one element matching {@code query}; fails when there is none or more than one. */
    public static String only(String query) {
        List<String> texts = texts(query);
        if (texts.size() != 1) {
            throw new AssertionError("Expected one element matching " + query + ", found " + texts);
        }
        return texts.getFirst();
    }

    /** The text of a jsoup element: its text nodes joined, as the browser shows them. */
    public static String text(Element element) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                (NodeVisitor) (node, depth) -> {
                    if (node instanceof TextNode t) {
                        text.append(t.getWholeText());
                    }
                },
                element);
        return text.toString();
    }

    /**
     * The text of a server-side element and everything below it, static cards included (what
     * {@code getTextRecursively()} gives, plus the cards' contents).
     */
    public static String textOf(com.vaadin.flow.dom.Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if (element.hasProperty("innerHTML")) {
            return text(parse(element));
        }
        return element.getChildren().map(StaticCards::textOf).collect(Collectors.joining());
    }

    /** The card's root element (tag and attributes from the server's element, content from its inner HTML). */
    private static Element parse(com.vaadin.flow.dom.Element html) {
        Element root = new Element(html.getTag());
        html.getAttributeNames().forEach(name -> root.attr(name, html.getAttribute(name)));
        root.appendChildren(Jsoup.parseBodyFragment(html.getProperty("innerHTML", ""))
                .body()
                .childNodes());
        return root;
    }
}
