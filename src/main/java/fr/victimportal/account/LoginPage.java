package fr.victimportal.account;

import com.vaadin.flow.i18n.I18NProvider;
import fr.victimportal.shared.PortalProperties;
import fr.victimportal.shared.PortalSecurityProperties;
import fr.victimportal.shared.i18n.PortalLocales;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /login}, outside Vaadin (issue 25): a page of a few kilobytes, and no server session for whoever only
 * looks at it. Its CSRF token lives in a cookie ({@link SecurityConfiguration}); a failure is named in the address
 * ({@link LoginFailures}); the language links set the same cookie as the portal's language switch. The language is the
 * Vaadin pages' rule for a visitor: the language cookie, then the browser's languages, else French. Whoever is already
 * signed in goes to the home page.
 */
@Controller
class LoginPage {

    static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final LoginPageHtml html;

    LoginPage(I18NProvider texts, DemoAccounts demo, PortalProperties properties) {
        PortalSecurityProperties.Lockout lockout = properties.security().lockout();
        this.html = new LoginPageHtml(
                texts, demo.enabled(), lockout.maxAttempts(), lockout.duration().toMinutes());
    }

    @GetMapping("/login")
    ResponseEntity<String> show(
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String minutes) {
        String root = request.getContextPath();
        if (request.getUserPrincipal() != null) { // signed in (Spring Security's request: null for a visitor)
            return redirect(root + "/").build();
        }
        if (lang != null) {
            ResponseEntity.BodyBuilder back = redirect(root + "/login");
            PortalLocales.fromTag(lang)
                    .ifPresent(locale -> back.header(HttpHeaders.SET_COOKIE, languageCookie(locale)));
            return back.build();
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String page = html.render(new LoginPageHtml.Request(
                locale(request),
                root,
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(),
                error == null ? null : LoginFailures.Kind.of(error),
                wholeMinutes(minutes),
                error == null ? null : TypedAddress.kept(request).orElse(null)));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(HTML);
        if (TypedAddress.present(request)) { // shown once, then gone
            ok.header(HttpHeaders.SET_COOKIE, TypedAddress.forget(request));
        }
        return ok.body(page);
    }

    /** The language cookie exactly as the portal's language switch writes it. */
    static String languageCookie(Locale locale) {
        return ResponseCookie.from(PortalLocales.COOKIE, locale.getLanguage())
                .path("/")
                .maxAge(PortalLocales.COOKIE_AGE)
                .sameSite("Lax")
                .build()
                .toString();
    }

    /** The visitor's cookie, then the browser's first supported language, else French. */
    static Locale locale(HttpServletRequest request) {
        Optional<Locale> chosen = PortalLocales.fromCookies(request.getCookies());
        return chosen.orElseGet(() -> request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? PortalLocales.FRENCH
                : PortalLocales.fromBrowser(request.getLocales()));
    }

    private static long wholeMinutes(@Nullable String minutes) {
        try {
            return minutes == null ? 1 : Math.clamp(Long.parseLong(minutes), 1, 24 * 60);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static ResponseEntity.BodyBuilder redirect(String to) {
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, to);
    }
}
