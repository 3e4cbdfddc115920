package fr.victimportal.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.ProcedureFacts;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.RecordForm;
import java.time.LocalDate;

/**
 * The facts, other than the declaration's dates, that move the insurer's offer deadlines: the request for compensation
 * (L211-9 al. 1), a third-party payer abroad (R211-35 al. 2), the victim's death (R211-30), a court expert appointed at
 * the insurer's request (R211-34). Each says what it changes and under which article.
 */
class ProcedureFactsForm extends RecordForm<ProcedureFacts> {

    private final DatePicker died;

    ProcedureFactsForm(ClaimFile file, LocalDate today) {
        super(ProcedureFacts.class);
        addClassName("procedure-facts");
        H3 title = new H3(getTranslation("claim.facts.title"));
        Paragraph intro = new Paragraph(getTranslation("claim.facts.intro"));
        DatePicker request = date("compensationRequested", today, file);
        Checkbox contested = check("liabilityContested", file);
        Checkbox quantified = check("damageFullyQuantified", file);
        Checkbox payer = check("thirdPartyPayerAbroad", file);
        died = date("victimDied", today, file);
        // the death is recorded with its proof on the family page; here it is only shown
        died.setReadOnly(true);
        died.setHelperText(getTranslation("claim.facts.victimDied.familyPage"));
        // an heir opening the claim gave the death on their first page; it is recorded when the claim is sent
        died.setVisible(!file.representation().heir());
        Checkbox expert = check("courtExpertOnInsurerRequest", file);
        binder.forField(request).bind("compensationRequested");
        binder.forField(contested).bind("liabilityContested");
        binder.forField(quantified).bind("damageFullyQuantified");
        binder.forField(payer).bind("thirdPartyPayerAbroad");
        binder.forField(died).bind("victimDied");
        binder.forField(expert).bind("courtExpertOnInsurerRequest");
        add(title, intro, request, contested, quantified, payer, died, expert);
        for (Component c : new Component[] {title, intro, contested, quantified, payer, expert}) {
            setColspan(c, 2);
        }
        binder.readRecord(file.facts());
    }

    @Override
    public void setEditable(boolean editable) {
        super.setEditable(editable);
        died.setReadOnly(true);
    }

    private DatePicker date(String name, LocalDate today, ClaimFile file) {
        DatePicker picker = Fields.datePicker(getTranslation("claim.facts." + name), today);
        picker.setHelperText(getTranslation(Voice.key(file, "claim.facts." + name + ".help")));
        return named(name, picker);
    }

    private Checkbox check(String name, ClaimFile file) {
        Checkbox box = new Checkbox(getTranslation(Voice.key(file, "claim.facts." + name)));
        box.setHelperText(getTranslation("claim.facts." + name + ".help"));
        return box;
    }
}
