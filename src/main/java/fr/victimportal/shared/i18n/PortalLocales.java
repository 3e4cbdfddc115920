package fr.victimportal.shared.i18n;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The portal's languages: French first (the procedure is French), English second. */
public final class PortalLocales {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);

    /** Name of the cookie that remembers an anonymous visitor's choice. */
    public static final String COOKIE = "vp-lang";

    /** How long that cookie lasts, wherever it is written (the language switch, the sign-in page's links). */
    public static final Duration COOKIE_AGE = Duration.ofDays(365);

    private PortalLocales() {}

    /** The supported locale for a language tag ("fr", "en-GB" …), or empty if the portal does not speak it. */
    public static Optional<Locale> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The language a visitor chose before, read from the request's cookies; empty without a usable one. */
    public static Optional<Locale> fromCookies(Cookie @Nullable [] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .map(PortalLocales::fromTag)
                .flatMap(Optional::stream)
                .findFirst();
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
