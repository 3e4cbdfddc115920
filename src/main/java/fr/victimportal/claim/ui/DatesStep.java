package fr.victimportal.claim.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.ProcedureFacts;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.Fields;
import java.time.Clock;
import java.util.Optional;

/** Step 4: the dates the legal clock counts from; each one says which deadline it starts and under which article. */
class DatesStep extends DeclarationStep<ProcedureDates> {

    private DatePicker consolidationHelp;

    DatesStep(Clock clock, ClaimFile claim) {
        super(ProcedureDates.class, clock, claim);
        DatePicker declared = date("declaredToInsurer");
        DatePicker questionnaire = date("questionnairePresented");
        DatePicker consolidation = date("consolidation");
        consolidationHelp = consolidation;
        DatePicker known = date("insurerKnewConsolidation");
        binder.forField(declared).bind("declaredToInsurer");
        binder.forField(questionnaire).bind("questionnairePresented");
        binder.forField(consolidation).bind("consolidation");
        binder.forField(known)
                .withValidator(
                        v -> v == null || consolidation.getValue() != null,
                        getTranslation("claim.error.consolidationMissing"))
                .bind("insurerKnewConsolidation");
        Paragraph intro = new Paragraph(getTranslation("claim.dates.intro"));
        add(intro, declared, questionnaire, consolidation, known);
        if (claim.representation().heir()) {
            // after a death: no R211-37 questionnaire to the victim (the heirs answer R211-38) and no consolidation
            questionnaire.setVisible(false);
            consolidation.setVisible(false);
            known.setVisible(false);
        }
        setColspan(intro, 2);
    }

    private DatePicker date(String name) {
        DatePicker picker = named(name, Fields.datePicker(getTranslation("claim.dates." + name), today));
        picker.setHelperText(getTranslation("claim.dates." + name + ".help"));
        return picker;
    }

    private ProcedureFactsForm facts;

    @Override
    void show(ClaimFile file) {
        binder.readRecord(file.dates());
        consolidationHelp.setHelperText(getTranslation(Voice.key(file, "claim.dates.consolidation.help")));
        facts = new ProcedureFactsForm(file, today);
        add(facts);
        setColspan(facts, 2);
    }

    @Override
    public void setEditable(boolean editable) {
        super.setEditable(editable);
        if (facts != null) {
            facts.setEditable(editable);
        }
    }

    @Override
    Optional<Long> save(ClaimService claims, ClaimFile file) {
        Optional<ProcedureDates> dates = read();
        Optional<ProcedureFacts> more = facts.read();
        if (dates.isEmpty() || more.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(claims.saveDates(file.reference(), file.version(), dates.get(), more.get()));
    }

    @Override
    public boolean showError(UserInputException refusal) {
        return super.showError(refusal) || facts.showError(refusal);
    }
}
