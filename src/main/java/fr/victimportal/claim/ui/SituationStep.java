package fr.victimportal.claim.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.DriverResponsibility;
import fr.victimportal.claim.model.SituationDetails;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.shared.ui.Fields;
import java.time.Clock;
import java.util.Optional;

/** Step 2: the facts that change the victim's rights (loi 1985 art. 3 for non-drivers, art. 4 for drivers). */
class SituationStep extends DeclarationStep<SituationDetails> {

    private final RadioButtonGroup<DriverResponsibility> responsibility;
    private final RadioButtonGroup<YesNoUnknown> guarantee;
    private final BigDecimalField cap;
    private final IntegerField threshold;
    private final Paragraph driverIntro = new Paragraph();
    private boolean driver;

    SituationStep(Clock clock, ClaimFile declared) {
        super(SituationDetails.class, clock, declared);
        DatePicker birth = named("birthDate", Fields.datePicker(voice("claim.situation.birthDate"), today));
        birth.setHelperText(voice("claim.situation.birthDate.help"));
        Checkbox disability = new Checkbox(voice("claim.situation.disability80"));
        responsibility = named("driverResponsibility", new RadioButtonGroup<>(voice("claim.situation.responsibility")));
        responsibility.setItems(DriverResponsibility.values());
        responsibility.setItemLabelGenerator(r -> voice("claim.responsibility." + r.name()));
        guarantee = named("driverGuarantee", new RadioButtonGroup<>(voice("claim.situation.guarantee")));
        guarantee.setItems(YesNoUnknown.values());
        guarantee.setItemLabelGenerator(g -> getTranslation("claim.answer." + g.name()));
        guarantee.setHelperText(voice("claim.situation.guarantee.help"));
        cap = named("guaranteeCap", new BigDecimalField(getTranslation("claim.situation.cap")));
        cap.setSuffixComponent(new Span("€"));
        threshold = named("guaranteeThresholdPct", new IntegerField(getTranslation("claim.situation.threshold")));
        threshold.setMin(0);
        threshold.setMax(100);
        threshold.setSuffixComponent(new Span("%"));
        Checkbox abroad = new Checkbox(voice("claim.situation.livesAbroad"));
        driverIntro.setText(voice("claim.situation.driverIntro"));

        binder.forField(birth).asRequired(getTranslation("field.required")).bind("birthDate");
        binder.forField(disability).bind("disability80");
        binder.forField(responsibility)
                .withValidator(v -> !driver || v != null, getTranslation("field.required"))
                .bind("driverResponsibility");
        binder.forField(guarantee)
                .withValidator(v -> !driver || v != null, getTranslation("field.required"))
                .bind("driverGuarantee");
        binder.forField(cap)
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("claim.error.negative"))
                .bind("guaranteeCap");
        binder.forField(threshold)
                .withValidator(v -> v == null || (v >= 0 && v <= 100), getTranslation("claim.error.percent"))
                .bind("guaranteeThresholdPct");
        binder.forField(abroad).bind("livesAbroad");
        guarantee.addValueChangeListener(e -> showGuaranteeTerms());

        add(birth, disability, driverIntro, responsibility, guarantee, cap, threshold, abroad);
        setColspan(disability, 2);
        setColspan(driverIntro, 2);
        setColspan(responsibility, 2);
        setColspan(guarantee, 2);
        setColspan(abroad, 2);
    }

    private void showGuaranteeTerms() {
        boolean terms = driver && guarantee.getValue() == YesNoUnknown.YES;
        cap.setVisible(terms);
        threshold.setVisible(terms);
    }

    @Override
    void show(ClaimFile file) {
        driver = file.accident().victimRole() == VictimRole.DRIVER;
        driverIntro.setVisible(driver);
        responsibility.setVisible(driver);
        guarantee.setVisible(driver);
        binder.readRecord(file.situation());
        showGuaranteeTerms();
    }

    @Override
    Optional<Long> save(ClaimService claims, ClaimFile file) {
        return read().map(details -> claims.saveSituation(file.reference(), file.version(), details));
    }
}
