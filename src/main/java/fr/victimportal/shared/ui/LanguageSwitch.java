package fr.victimportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import fr.victimportal.shared.i18n.LanguageChosen;
import fr.victimportal.shared.i18n.PortalLocales;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * Français / English. The choice is kept in a cookie (anonymous visitors) and, for a signed-in user, saved as their
 * preference; the page then reloads so every text, including the page title, is in the new language.
 *
 * <p>Issue 25: a native {@code <select>} with its {@code <label>}, written as the inner HTML of one element (one state
 * node instead of a Select with an item component per language); the browser's "change" event brings the chosen
 * value, which is only used when it names a language the portal speaks.
 */
@Tag("div")
public class LanguageSwitch extends Component {

    /** The select's id, for its label; the switch is shown once a page (the layout's drawer). */
    static final String SELECT_ID = "language-select";

    /** The chosen option's value, sent with the "change" event. */
    private static final String VALUE = "event.target.value";

    public LanguageSwitch(ApplicationEventPublisher events) {
        getElement().getClassList().add("language-switch");
        Locale shown = PortalLocales.fromTag(getLocale().getLanguage()).orElse(PortalLocales.FRENCH);
        Element root = StaticHtml.root("div");
        StaticHtml.add(root, "label", getTranslation("language.label")).attr("for", SELECT_ID);
        Element select = root.appendElement("select").attr("id", SELECT_ID);
        for (Locale locale : PortalLocales.SUPPORTED) {
            Element option = StaticHtml.add(select, "option", getTranslation("language." + locale.getLanguage()))
                    .attr("value", locale.getLanguage());
            if (locale.equals(shown)) {
                option.attr("selected", "");
            }
        }
        getElement().setProperty("innerHTML", StaticHtml.innerHtml(root));
        getElement()
                .addEventListener("change", e -> {
                    JsonNode value = e.getEventData().get(VALUE);
                    PortalLocales.fromTag(value != null && value.isString() ? value.stringValue() : null)
                            .ifPresent(locale -> choose(locale, events));
                })
                .addEventData(VALUE);
    }

    private void choose(Locale locale, ApplicationEventPublisher events) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        events.publishEvent(new LanguageChosen(signedIn ? auth.getName() : null, locale));
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; SameSite=Lax';"
                                + " window.location.reload();",
                        PortalLocales.COOKIE,
                        locale.getLanguage(),
                        PortalLocales.COOKIE_AGE.toSeconds());
    }
}
