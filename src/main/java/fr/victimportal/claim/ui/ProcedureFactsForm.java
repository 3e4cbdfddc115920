package fr.victimportal.claim.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.ProcedureFacts;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.Fields;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facts, other than the declaration's dates, that move the insurer's offer deadlines: the request for compensation
 * (L211-9 al. 1), a third-party payer abroad (R211-35 al. 2), the victim's death (R211-30), a court expert appointed at
 * the insurer's request (R211-34). Each says what it changes and under which article.
 */
class ProcedureFactsForm extends FormLayout {

    private final Binder<ProcedureFacts> binder = new Binder<>(ProcedureFacts.class);
    private final Map<String, HasValidation> fields = new HashMap<>();

    ProcedureFactsForm(ClaimFile file, LocalDate today) {
        addClassName("procedure-facts");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
        H3 title = new H3(getTranslation("claim.facts.title"));
        Paragraph intro = new Paragraph(getTranslation("claim.facts.intro"));
        DatePicker request = date("compensationRequested", today, file);
        Checkbox contested = check("liabilityContested", file);
        Checkbox quantified = check("damageFullyQuantified", file);
        Checkbox payer = check("thirdPartyPayerAbroad", file);
        DatePicker died = date("victimDied", today, file);
        Checkbox expert = check("courtExpertOnInsurerRequest", file);
        binder.forField(request).bind("compensationRequested");
        binder.forField(contested).bind("liabilityContested");
        binder.forField(quantified).bind("damageFullyQuantified");
        binder.forField(payer).bind("thirdPartyPayerAbroad");
        binder.forField(died).bind("victimDied");
        binder.forField(expert).bind("courtExpertOnInsurerRequest");
        add(title, intro, request, contested, quantified, payer, died, expert);
        for (var c : new com.vaadin.flow.component.Component[] {title, intro, contested, quantified, payer, expert}) {
            setColspan(c, 2);
        }
        binder.readRecord(file.facts());
    }

    private DatePicker date(String name, LocalDate today, ClaimFile file) {
        DatePicker picker = Fields.datePicker(getTranslation("claim.facts." + name), today);
        picker.setHelperText(getTranslation(Voice.key(file, "claim.facts." + name + ".help")));
        fields.put(name, picker);
        return picker;
    }

    private Checkbox check(String name, ClaimFile file) {
        Checkbox box = new Checkbox(getTranslation(Voice.key(file, "claim.facts." + name)));
        box.setHelperText(getTranslation("claim.facts." + name + ".help"));
        return box;
    }

    void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
    }

    Optional<ProcedureFacts> read() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** Shows a service refusal next to its field; false if it is not one of these fields. */
    boolean showError(UserInputException refusal) {
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        field.setInvalid(true);
        return true;
    }
}
