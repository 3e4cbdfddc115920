package fr.victimportal.shared.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The portal's languages: French first (the procedure is French), English second. */
public final class PortalLocales {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);

    /** Name of the cookie that remembers an anonymous visitor's choice. */
    public static final String COOKIE = "vp-lang";

    private PortalLocales() {}

    /** The supported locale for a language tag ("fr", "en-GB" …), or empty if the portal does not speak it. */
    public static Optional<Locale> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The first supported language in the browser's preference order; French when it names neither. */
    public static Locale fromBrowser(Enumeration<Locale> preferred) {
        if (preferred == null) {
            return FRENCH;
        }
        for (Locale locale : Collections.list(preferred)) {
            var match = fromTag(locale.toLanguageTag());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return FRENCH;
    }
}
