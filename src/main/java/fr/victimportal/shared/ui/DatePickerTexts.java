package fr.victimportal.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The built-in texts of a date field from the portal's translations ({@link ComponentTexts} for the other components,
 * kept apart so that a view building a date field does not load the time picker, app layout and side nav with it).
 */
public final class DatePickerTexts {

    /** Marks a component already configured, so a later pass ({@link ComponentTexts}) keeps what its view set. */
    static final String DONE = "vp-texts";

    private DatePickerTexts() {}

    /**
     * A date field in the page's language: month and day names, Monday first, dd/MM/yyyy typed and shown, "Today" and
     * "Cancel", and the error messages (bad input, required, in the future). Keeps the component's own locale.
     */
    public static void apply(DatePicker picker) {
        Locale locale = picker.getLocale() == null ? Locale.FRENCH : picker.getLocale();
        picker.setLocale(locale);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(weekdays(locale, TextStyle.FULL))
                .setWeekdaysShort(weekdays(locale, TextStyle.SHORT))
                .setFirstDayOfWeek(1)
                .setDateFormat("dd/MM/yyyy")
                .setToday(picker.getTranslation("field.date.today"))
                .setCancel(picker.getTranslation("field.date.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("field.date.badInput"))
                .setRequiredErrorMessage(picker.getTranslation("field.required"))
                .setMinErrorMessage(picker.getTranslation("field.date.tooEarly"))
                .setMaxErrorMessage(picker.getTranslation("field.date.future")));
        if (picker.getPlaceholder() == null || picker.getPlaceholder().isEmpty()) {
            picker.setPlaceholder(picker.getTranslation("field.date.placeholder"));
        }
        picker.getElement().setAttribute(DONE, true);
    }

    /** Sunday first, as the web component expects (the first day shown is set apart, Monday). */
    private static List<String> weekdays(Locale locale, TextStyle style) {
        return Stream.concat(
                        Stream.of(DayOfWeek.SUNDAY),
                        Arrays.stream(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY))
                .map(d -> d.getDisplayName(style, locale))
                .toList();
    }
}
