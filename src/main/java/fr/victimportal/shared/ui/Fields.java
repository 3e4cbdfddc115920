package fr.victimportal.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Field set-up shared by every form: dates in the user's language and the French order of day, month, year. */
public final class Fields {

    private Fields() {
    }

    /**
     * A date picker labelled and localised for the UI's language, refusing dates after {@code max} (typically today)
     * with a translated message. Dates are typed and shown as dd/MM/yyyy in French and English alike.
     */
    public static DatePicker datePicker(String label, LocalDate max) {
        DatePicker picker = new DatePicker(label);
        Locale locale = picker.getLocale() == null ? Locale.FRENCH : picker.getLocale();
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(weekdays(locale, TextStyle.FULL))
                .setWeekdaysShort(weekdays(locale, TextStyle.SHORT))
                .setFirstDayOfWeek(1)
                .setDateFormat("dd/MM/yyyy")
                .setToday(picker.getTranslation("field.date.today"))
                .setCancel(picker.getTranslation("field.date.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("field.date.badInput"))
                .setRequiredErrorMessage(picker.getTranslation("field.required"))
                .setMaxErrorMessage(picker.getTranslation("field.date.future"));
        picker.setI18n(i18n);
        picker.setPlaceholder(picker.getTranslation("field.date.placeholder"));
        if (max != null) {
            picker.setMax(max);
        }
        return picker;
    }

    /** Sunday first, as the web component expects. */
    private static List<String> weekdays(Locale locale, TextStyle style) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY))
                .map(d -> d.getDisplayName(style, locale)).toList();
    }
}
