package fr.victimportal.notification;

import fr.victimportal.shared.PortalProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a {@link MailMessage} out for one recipient: subject, an HTML part and a plain-text part from the Thymeleaf
 * layouts in {@code mail/} (which hold no text of their own), every text from the translation files in the
 * recipient's language, links absolute from {@code portal.base-url}.
 */
@Component
class MailRenderer {

    /** The rendered mail. {@code unsubscribeUrl} is {@code null} for a procedure notice. */
    record Rendered(String subject, String text, String html, String unsubscribeUrl) {}

    static final String PREFERENCES_PATH = "preferences/courriels";
    static final String UNSUBSCRIBE_PATH = "desabonnement/";

    private final MailTexts texts;
    private final String baseUrl;
    private final TemplateEngine html = engine(TemplateMode.HTML);
    private final TemplateEngine text = engine(TemplateMode.TEXT);

    MailRenderer(MailTexts texts, PortalProperties properties) {
        String baseUrl = properties.baseUrl();
        this.texts = texts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    String url(String path) {
        return baseUrl + (path.startsWith("/") ? path.substring(1) : path);
    }

    Rendered render(MailRecipient recipient, Mail mail, String unsubscribeToken) {
        Locale locale = recipient.language();
        MailMessage message = mail.message();
        String subject = texts.get(locale, message.subject());
        List<String> paragraphs =
                message.paragraphs().stream().map(p -> texts.get(locale, p)).toList();
        String unsubscribeUrl = null;
        List<String> footer = new ArrayList<>();
        if (mail.category() == MailCategory.REMINDER) {
            unsubscribeUrl = url(UNSUBSCRIBE_PATH + unsubscribeToken) + "?sujet=" + mail.topic();
            footer.add(texts.get(locale, "mail.footer.reminder"));
            footer.add(texts.get(locale, "mail.footer.legalNotices"));
        } else {
            footer.add(texts.get(locale, "mail.footer.notice"));
        }
        String appName = texts.get(locale, "app.name");
        footer.add(texts.get(locale, "mail.footer.noReply", appName));
        footer.add(texts.get(locale, "mail.footer.notAdvice"));

        Context context = new Context(locale);
        context.setVariables(Map.of(
                "lang", locale.getLanguage(),
                "appName", appName,
                "homeUrl", url(""),
                "subject", subject,
                "greeting", texts.get(locale, "mail.greeting", recipient.displayName()),
                "paragraphs", paragraphs,
                "footer", footer));
        if (message.action() != null) {
            context.setVariable(
                    "actionLabel", texts.get(locale, message.action().labelKey()));
            context.setVariable("actionUrl", url(message.action().path()));
        }
        if (unsubscribeUrl != null) {
            context.setVariable("unsubscribeLabel", texts.get(locale, "mail.footer.unsubscribe"));
            context.setVariable("unsubscribeUrl", unsubscribeUrl);
            context.setVariable("preferencesLabel", texts.get(locale, "mail.footer.preferences"));
            context.setVariable("preferencesUrl", url(PREFERENCES_PATH));
        }
        return new Rendered(
                subject, text.process("message.txt", context), html.process("message.html", context), unsubscribeUrl);
    }

    private static TemplateEngine engine(TemplateMode mode) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailRenderer.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
