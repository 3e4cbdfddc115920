package fr.victimportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.victimportal.shared.i18n.PortalLocales;
import fr.victimportal.shared.i18n.UserLanguagePreference;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Chooses each new UI's language: the signed-in user's saved preference, else the visitor's cookie, else the
 * browser's first supported language, else French. Also installs the central error handler on every session
 * (the built-in texts of Vaadin components are translated after every navigation by {@link ComponentTextsSetup}).
 */
@Component
public class UiLocaleInitializer implements VaadinServiceInitListener {

    private final PortalErrorHandler errorHandler;
    private final UserLanguagePreference preferences;

    public UiLocaleInitializer(PortalErrorHandler errorHandler, UserLanguagePreference preferences) {
        this.errorHandler = errorHandler;
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(errorHandler));
        event.getSource().addUIInitListener(e -> apply(e.getUI(), resolve(VaadinRequest.getCurrent())));
    }

    /** Sets the UI's locale and the page's {@code lang} attribute (WCAG 3.1.1). */
    public static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }

    Locale resolve(VaadinRequest request) {
        return fromUser()
                .or(() -> fromCookie(request))
                .orElseGet(
                        () -> request == null ? PortalLocales.FRENCH : PortalLocales.fromBrowser(request.getLocales()));
    }

    private Optional<Locale> fromUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return preferences.of(auth.getName());
    }

    private static Optional<Locale> fromCookie(VaadinRequest request) {
        return request == null ? Optional.empty() : PortalLocales.fromCookies(request.getCookies());
    }
}
