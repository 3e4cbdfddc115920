package fr.victimportal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** How dates and euros are written for people: "23 novembre 2026", "1 234,56 €". */
public final class Formats {

    private Formats() {}

    public static String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date);
    }

    public static String shortDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
    }

    /** Euros with the cent, in the reader's convention. */
    public static String euros(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(
                locale.getLanguage().equals("fr")
                        ? Locale.FRANCE
                        : Locale.forLanguageTag(locale.getLanguage() + "-IE"));
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
