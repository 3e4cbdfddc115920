package fr.victimportal.notification;

import fr.victimportal.shared.Formats;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The portal's translations (vaadin-i18n/translations*.properties) outside a Vaadin UI, read the way Vaadin reads
 * them: French is the root bundle, and {@link MessageFormat} applies only when there are arguments.
 */
@Component
public class MailTexts {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String get(Locale locale, String key, Object... arguments) {
        return get(locale, MailMessage.Text.of(key, arguments));
    }

    public String get(Locale locale, MailMessage.Text text) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, MailTexts.class.getClassLoader(), NO_FALLBACK)
                .getString(text.key());
        if (text.arguments().isEmpty()) {
            return pattern;
        }
        List<Object> arguments =
                text.arguments().stream().map(a -> argument(locale, a)).toList();
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    private Object argument(Locale locale, Object argument) {
        if (argument instanceof LocalDate date) {
            return Formats.date(date, locale);
        }
        if (argument instanceof MailMessage.Text nested) {
            return get(locale, nested);
        }
        return argument;
    }
}
