package fr.victimportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import fr.victimportal.shared.i18n.LanguageChosen;
import fr.victimportal.shared.i18n.PortalLocales;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Français / English. The choice is kept in a cookie (anonymous visitors) and, for a signed-in user, saved as their
 * preference; the page then reloads so every text, including the page title, is in the new language.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(ApplicationEventPublisher events) {
        addClassName("language-switch");
        setLabel(getTranslation("language.label"));
        setItems(PortalLocales.SUPPORTED);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setValue(PortalLocales.fromTag(getLocale().getLanguage()).orElse(PortalLocales.FRENCH));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                choose(e.getValue(), events);
            }
        });
    }

    private void choose(Locale locale, ApplicationEventPublisher events) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        events.publishEvent(new LanguageChosen(signedIn ? auth.getName() : null, locale));
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                                + " window.location.reload();",
                        PortalLocales.COOKIE,
                        locale.getLanguage());
    }
}
