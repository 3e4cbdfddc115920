package fr.victimportal.claim.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.AccidentDetails;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.shared.ui.Fields;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Step 1: when and where the accident happened, and the victim's place in it. */
class AccidentStep extends DeclarationStep<AccidentDetails> {

    AccidentStep(Clock clock, ClaimFile declared) {
        super(AccidentDetails.class, clock, declared);
        DatePicker date = named("date", Fields.datePicker(getTranslation("claim.accident.date"), today));
        TimePicker time = named("time", new TimePicker(getTranslation("claim.accident.time")));
        time.setStep(Duration.ofMinutes(15));
        Checkbox abroad = new Checkbox(getTranslation("claim.accident.abroad"));
        TextField commune = named("commune", new TextField(getTranslation("claim.accident.commune")));
        TextField department = named("department", new TextField(getTranslation("claim.accident.department")));
        department.setHelperText(getTranslation("claim.accident.department.help"));
        department.setMaxLength(3);
        TextField country = named("country", new TextField(getTranslation("claim.accident.country")));
        RadioButtonGroup<VictimRole> role = named("victimRole", new RadioButtonGroup<>(voice("claim.accident.role")));
        role.setItems(VictimRole.values());
        role.setItemLabelGenerator(r -> getTranslation("claim.role." + r.name()));
        TextArea description = named("description", new TextArea(getTranslation("claim.accident.description")));
        description.setMaxLength(4000);
        description.setHelperText(getTranslation("claim.accident.description.help"));
        TextField police = named("policeReport", new TextField(getTranslation("claim.accident.police")));
        police.setHelperText(getTranslation("claim.accident.police.help"));

        binder.forField(date).asRequired(getTranslation("field.required")).bind("date");
        binder.forField(time).bind("time");
        binder.forField(abroad).bind("abroad");
        binder.forField(commune)
                .withNullRepresentation("")
                .withValidator(v -> abroad.getValue() || v != null, getTranslation("field.required"))
                .bind("commune");
        binder.forField(department)
                .withNullRepresentation("")
                .withValidator(v -> abroad.getValue() || v != null, getTranslation("field.required"))
                .bind("department");
        binder.forField(country)
                .withNullRepresentation("")
                .withValidator(v -> !abroad.getValue() || v != null, getTranslation("field.required"))
                .bind("country");
        binder.forField(role).asRequired(voice("claim.accident.role.required")).bind("victimRole");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(police).withNullRepresentation("").bind("policeReport");
        abroad.addValueChangeListener(e -> {
            commune.setVisible(!e.getValue());
            department.setVisible(!e.getValue());
            country.setVisible(e.getValue());
        });
        country.setVisible(false);
        binder.addStatusChangeListener(e -> country.setVisible(abroad.getValue()));
        add(date, time, abroad, commune, department, country, role, description, police);
        setColspan(abroad, 2);
        setColspan(role, 2);
        setColspan(description, 2);
    }

    @Override
    void show(ClaimFile file) {
        binder.readRecord(file.accident());
    }

    @Override
    Optional<Long> save(ClaimService claims, ClaimFile file) {
        return read().map(details -> claims.saveAccident(file.reference(), file.version(), details));
    }
}
