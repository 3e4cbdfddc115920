package fr.victimportal.account;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.vaadin.flow.i18n.I18NProvider;
import fr.victimportal.shared.i18n.PortalLocales;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The sign-in page as plain HTML (a few kilobytes, no Vaadin bundle, no script): the same texts as the portal's
 * other pages, read from the same translation bundles. Every text and attribute is HTML-escaped.
 */
final class LoginPageHtml {

    /** What one rendering needs: the visitor's language, the CSRF token, the failure shown if any. */
    record Request(
            Locale locale,
            String contextPath,
            String csrfParameter,
            String csrfToken,
            LoginFailures.@Nullable Kind failure,
            long throttledMinutes,
            @Nullable String typedAddress) {}

    private final I18NProvider texts;
    private final boolean demo;
    private final int maxAttempts;
    private final long lockMinutes;

    LoginPageHtml(I18NProvider texts, boolean demo, int maxAttempts, long lockMinutes) {
        this.texts = texts;
        this.demo = demo;
        this.maxAttempts = maxAttempts;
        this.lockMinutes = lockMinutes;
    }

    String render(Request page) {
        Locale locale = page.locale();
        String root = page.contextPath();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(attr(locale.getLanguage()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"_csrf_parameter\" content=\"")
                .append(attr(page.csrfParameter()))
                .append("\">\n<meta name=\"_csrf\" content=\"")
                .append(attr(page.csrfToken()))
                .append("\">\n<title>")
                .append(text(locale, "login.title"))
                .append(" · ")
                .append(text(locale, "app.name"))
                .append("</title>\n<link rel=\"icon\" href=\"")
                .append(attr(root))
                .append("/icons/icon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"")
                .append(attr(root))
                .append(
                        "/styles/login.css\">\n</head>\n<body>\n<main class=\"login-page\">\n<div class=\"login-card\">\n")
                .append("<h1>")
                .append(text(locale, "app.name"))
                .append("</h1>\n<p>")
                .append(text(locale, "login.intro"))
                .append("</p>\n");
        form(html, page);
        html.append("<p><a href=\"")
                .append(attr(root))
                .append("/inscription\">")
                .append(text(locale, "login.signUp"))
                .append("</a></p>\n<p><a href=\"")
                .append(attr(root))
                .append("/mot-de-passe-oublie\">")
                .append(text(locale, "login.forgot"))
                .append("</a></p>\n<p><a href=\"")
                .append(attr(root))
                .append("/delais\">")
                .append(text(locale, "login.calculator"))
                .append("</a></p>\n");
        languages(html, page);
        if (demo) {
            demoAccounts(html, locale);
        }
        html.append("</div>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void form(StringBuilder html, Request page) {
        Locale locale = page.locale();
        boolean failed = page.failure() != null;
        String invalid = failed ? " aria-invalid=\"true\" aria-describedby=\"login-error\"" : "";
        html.append("<form class=\"login-form\" method=\"post\" action=\"")
                .append(attr(page.contextPath()))
                .append("/login\">\n<h2>")
                .append(text(locale, "login.title"))
                .append("</h2>\n");
        if (failed) {
            html.append(
                            "<div class=\"login-error\" id=\"login-error\" role=\"alert\">\n<p class=\"login-error-title\">")
                    .append(failureTitle(locale, page.failure()))
                    .append("</p>\n<p>")
                    .append(failureMessage(locale, page.failure(), page.throttledMinutes()))
                    .append("</p>\n</div>\n");
        }
        html.append("<input type=\"hidden\" name=\"")
                .append(attr(page.csrfParameter()))
                .append("\" value=\"")
                .append(attr(page.csrfToken()))
                .append("\">\n<label for=\"username\">")
                .append(text(locale, "login.email"))
                .append("</label>\n<input id=\"username\" name=\"username\" type=\"email\" autocomplete=\"username\"")
                .append(" required")
                .append(invalid);
        if (page.typedAddress() != null) { // given back after a failure: only the password is to be typed again
            html.append(" value=\"").append(attr(page.typedAddress())).append('"');
        }
        html.append(">\n<label for=\"password\">")
                .append(text(locale, "login.password"))
                .append("</label>\n<input id=\"password\" name=\"password\" type=\"password\"")
                .append(" autocomplete=\"current-password\" required")
                .append(page.typedAddress() != null ? " autofocus" : "")
                .append(invalid)
                .append(">\n<button type=\"submit\">")
                .append(text(locale, "login.submit"))
                .append("</button>\n</form>\n");
    }

    private String failureTitle(Locale locale, LoginFailures.Kind kind) {
        return text(
                locale,
                switch (kind) {
                    case CREDENTIALS -> "login.error.title";
                    case LOCKED -> "login.locked.title";
                    case DISABLED -> "login.disabled.title";
                    case UNAVAILABLE -> "login.unavailable.title";
                    case THROTTLED -> "login.throttled.title";
                    case EXPIRED -> "login.expired.title";
                });
    }

    private String failureMessage(Locale locale, LoginFailures.Kind kind, long minutes) {
        return switch (kind) {
            case CREDENTIALS -> text(locale, "login.error.message", maxAttempts, lockMinutes);
            case LOCKED -> text(locale, "login.locked.message", maxAttempts, lockMinutes);
            case DISABLED -> text(locale, "login.disabled.message");
            case UNAVAILABLE -> text(locale, "login.unavailable.message");
            case THROTTLED -> text(locale, "login.throttled.message", minutes);
            case EXPIRED -> text(locale, "login.expired.message");
        };
    }

    /** Links, not a script: each sets the language cookie and comes back here. */
    private void languages(StringBuilder html, Request page) {
        html.append("<nav class=\"language-switch\" aria-label=\"")
                .append(text(page.locale(), "language.label"))
                .append("\">\n<ul>\n");
        for (Locale language : PortalLocales.SUPPORTED) {
            String tag = attr(language.getLanguage());
            boolean current = language.getLanguage().equals(page.locale().getLanguage());
            html.append("<li><a href=\"")
                    .append(attr(page.contextPath()))
                    .append("/login?lang=")
                    .append(tag)
                    .append("\" lang=\"")
                    .append(tag)
                    .append("\" hreflang=\"")
                    .append(tag)
                    .append(current ? "\" aria-current=\"true\">" : "\">")
                    .append(text(language, "language." + language.getLanguage()))
                    .append("</a></li>\n");
        }
        html.append("</ul>\n</nav>\n");
    }

    private void demoAccounts(StringBuilder html, Locale locale) {
        html.append("<details class=\"demo-accounts\">\n<summary>")
                .append(text(locale, "login.demo.title"))
                .append("</summary>\n<p>")
                .append(text(locale, "login.demo.text"))
                .append("</p>\n<ul>\n");
        for (DemoAccounts.DemoAccount account : DemoAccounts.ACCOUNTS) {
            html.append("<li>")
                    .append(text(
                            locale,
                            "login.demo.account",
                            texts.getTranslation("role." + account.role(), locale),
                            account.email(),
                            account.password()))
                    .append("</li>\n");
        }
        html.append("</ul>\n</details>\n");
    }

    private String text(Locale locale, String key, Object... params) {
        return htmlEscape(texts.getTranslation(key, locale, params), "UTF-8");
    }

    private static String attr(String value) {
        return htmlEscape(value, "UTF-8");
    }
}
