package fr.victimportal.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;

/** Field set-up shared by every form: dates in the user's language and the French order of day, month, year. */
public final class Fields {

    private Fields() {}

    /**
     * A date picker labelled and localised for the UI's language, refusing dates after {@code max} (typically today)
     * with a translated message. Dates are typed and shown as dd/MM/yyyy in French and English alike.
     */
    public static DatePicker datePicker(String label, LocalDate max) {
        DatePicker picker = new DatePicker(label);
        DatePickerTexts.apply(picker);
        if (max != null) {
            picker.setMax(max);
        }
        return picker;
    }
}
