package fr.victimportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * The one place where the built-in texts of Vaadin's components (month and day names, "Today", error messages,
 * screen-reader labels) are taken from the portal's translations instead of the components' English defaults.
 * {@link Fields} translates each date field it builds ({@link DatePickerTexts}); {@link ComponentTextsSetup} applies
 * this class to the whole page after every navigation, so a component created without {@link Fields} is translated
 * too. The upload component is configured where it is built (medical module).
 *
 * <p>This class names the component classes it configures, so no class that Vaadin's production bundle scan reaches
 * from every page (a service init listener, the main layout, the sign-in view) may name it: the date and time pickers
 * would then be loaded before the sign-in form.
 */
public final class ComponentTexts {

    private ComponentTexts() {}

    /** Translates every component below {@code root} (typically the UI) that still speaks English. */
    public static void localize(Component root) {
        visit(root);
    }

    private static void visit(Component c) {
        if (!c.getElement().hasAttribute(DatePickerTexts.DONE)) {
            apply(c);
        }
        c.getChildren().forEach(ComponentTexts::visit);
    }

    private static void apply(Component c) {
        if (c instanceof DatePicker picker) {
            if (picker.getI18n() == null) {
                DatePickerTexts.apply(picker);
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
        }
    }

    private static void mark(Component c) {
        c.getElement().setAttribute(DatePickerTexts.DONE, true);
    }
}
