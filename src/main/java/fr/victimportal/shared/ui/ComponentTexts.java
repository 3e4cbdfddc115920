package fr.victimportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The one place where the built-in texts of Vaadin's components (month and day names, "Today", error messages,
 * screen-reader labels) are taken from the portal's translations instead of the components' English defaults.
 * {@link Fields} applies it to each date field it builds; {@code UiLocaleInitializer} applies it to the whole page
 * after every navigation, so a component created without {@link Fields} is translated too. The upload component is
 * configured where it is built (medical module).
 */
public final class ComponentTexts {

    /** Marks a component already configured, so a later pass keeps what its view set. */
    private static final String DONE = "vp-texts";

    private ComponentTexts() {}

    /** Translates every component below {@code root} (typically the UI) that still speaks English. */
    public static void localize(Component root) {
        visit(root);
    }

    private static void visit(Component c) {
        if (!c.getElement().hasAttribute(DONE)) {
            apply(c);
        }
        c.getChildren().forEach(ComponentTexts::visit);
    }

    private static void apply(Component c) {
        if (c instanceof DatePicker picker) {
            if (picker.getI18n() == null) {
                datePicker(picker);
            }
        } else if (c instanceof TimePicker time) {
            time.setI18n(new TimePicker.TimePickerI18n()
                    .setBadInputErrorMessage(c.getTranslation("field.time.badInput"))
                    .setRequiredErrorMessage(c.getTranslation("field.required"))
                    .setMinErrorMessage(c.getTranslation("field.time.badInput"))
                    .setMaxErrorMessage(c.getTranslation("field.time.badInput")));
            mark(c);
        } else if (c instanceof AppLayout layout) {
            layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(c.getTranslation("layout.drawer")));
            mark(c);
        } else if (c instanceof SideNav nav) {
            nav.setI18n(new SideNav.SideNavI18n().setToggle(c.getTranslation("layout.nav.toggle")));
            mark(c);
        }
    }

    /**
     * A date field in the page's language: month and day names, Monday first, dd/MM/yyyy typed and shown, "Today" and
     * "Cancel", and the error messages (bad input, required, in the future). Keeps the component's own locale.
     */
    public static void datePicker(DatePicker picker) {
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
        mark(picker);
    }

    private static void mark(Component c) {
        c.getElement().setAttribute(DONE, true);
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
