package fr.victimportal.mandate.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.mandate.Mandates.MandateInput;
import fr.victimportal.mandate.Standing;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.RecordForm;
import java.time.LocalDate;

/**
 * The mandate the victim signs, bound field by field to the {@link MandateInput} the service reads: the caseworker,
 * the association and its standing, the scope item by item, the end date (at most three years), the typed signature
 * and the consent. A refusal of the service is shown under the field it names.
 */
class MandateForm extends RecordForm<MandateInput> {

    MandateForm(LocalDate today) {
        super(MandateInput.class);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        // the service's checks speak for every field, the components' own limits (dates, email) do not stop it
        binder.setDefaultValidatorsEnabled(false);
        TextField caseworker = bound("caseworkerName", new TextField(getTranslation("mandate.form.caseworker")));
        caseworker.setMaxLength(120);
        EmailField email = bound("email", new EmailField(getTranslation("mandate.form.email")));
        TextField association = bound("associationName", new TextField(getTranslation("mandate.form.association")));
        association.setMaxLength(160);
        TextField number = bound("associationNumber", new TextField(getTranslation("mandate.form.number")));
        number.setHelperText(getTranslation("mandate.form.number.help"));
        number.setMaxLength(20);
        Select<Standing> standing = bound("standing", new Select<>());
        standing.setLabel(getTranslation("mandate.form.standing"));
        standing.setItems(Standing.values());
        standing.setItemLabelGenerator(s -> getTranslation("mandate.standing." + s.name()));
        standing.setHelperText(getTranslation("mandate.form.standing.help"));
        CheckboxGroup<HelperScope> scope = bound("scope", new CheckboxGroup<>(getTranslation("mandate.form.scope")));
        scope.setItems(HelperScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("mandate.scope." + s.name()));
        DatePicker until = bound("validUntil", Fields.datePicker(getTranslation("mandate.form.until"), null));
        until.setMin(today.plusDays(1));
        until.setMax(today.plusYears(3));
        until.setValue(today.plusYears(1));
        until.setHelperText(getTranslation("mandate.form.until.help"));
        TextField signature = bound("signedName", new TextField(getTranslation("mandate.form.signature")));
        signature.setHelperText(getTranslation("mandate.form.signature.help"));
        Checkbox consent = new Checkbox(getTranslation("mandate.form.consent"));
        binder.forField(consent).bind("consent");
        add(caseworker, email, association, number, standing, scope, until, signature, consent);
    }
}
