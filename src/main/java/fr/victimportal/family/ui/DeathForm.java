package fr.victimportal.family.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.victimportal.claim.ClaimFamily;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.family.DeathRecording;
import fr.victimportal.medical.StagedFiles;
import fr.victimportal.medical.UploadStaging;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.Fields;
import java.time.LocalDate;

/**
 * Recording the death of the direct victim (the handling insurer's agent or an heir), with the death certificate; or,
 * once recorded, the agent's correction with its reason. Refusals show beside the field, nothing is changed.
 */
class DeathForm extends Section {

    private final Paragraph error = new Paragraph();
    private DeathRecording.Proof proof;

    /** The first recording: date, cause, certificate. */
    static DeathForm record(
            String reference, LocalDate today, DeathRecording recording, UploadStaging staging, Runnable done) {
        DeathForm form = new DeathForm();
        form.add(new H2(form.getTranslation("family.death.record.title")));
        form.add(new Paragraph(form.getTranslation("family.death.record.lead")));
        DatePicker date = Fields.datePicker(form.getTranslation("family.death.date"), today);
        RadioButtonGroup<YesNoUnknown> cause = cause(form);
        Paragraph proofName = new Paragraph(form.getTranslation("family.death.proof.none"));
        UI ui = UI.getCurrent();
        StagedFiles session = staged();
        UploadHandler handler = event -> {
            UploadStaging.Reception r =
                    staging.receive(reference, session, event.getFileName(), event.getInputStream());
            ui.access(() -> {
                if (r.received()) {
                    form.proof = new DeathRecording.Proof(r.name(), r.file());
                    proofName.setText(form.getTranslation("family.death.proof.chosen", r.name()));
                } else {
                    form.error.setText(form.getTranslation(r.refusalKey(), r.refusalArguments()));
                }
            });
        };
        Upload upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.getElement().setAttribute("aria-label", form.getTranslation("family.death.proof"));
        Button save = new Button(form.getTranslation("family.death.record.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                recording.record(
                        reference,
                        date.getValue(),
                        cause.getValue(),
                        form.proof,
                        form.getTranslation("family.death.proof.title"));
                done.run();
            } catch (UserInputException refused) {
                form.refuse(refused, date, cause);
            }
        });
        form.add(date, cause, new Paragraph(form.getTranslation("family.death.proof")), upload, proofName, save);
        form.add(form.error);
        return form;
    }

    /** The agent's correction of a recorded death, with the reason kept in the claim's history. */
    static DeathForm correct(String reference, LocalDate today, ClaimFamily family, Runnable done) {
        DeathForm form = new DeathForm();
        form.add(new H2(form.getTranslation("family.death.correct.title")));
        DatePicker date = Fields.datePicker(form.getTranslation("family.death.date"), today);
        RadioButtonGroup<YesNoUnknown> cause = cause(form);
        TextField reason = new TextField(form.getTranslation("family.death.correct.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button save = new Button(form.getTranslation("family.death.correct.save"));
        save.addClickListener(e -> {
            try {
                family.correctDeath(reference, date.getValue(), cause.getValue(), reason.getValue());
                done.run();
            } catch (UserInputException refused) {
                form.refuse(refused, date, cause);
                if ("reason".equals(refused.field())) {
                    reason.setErrorMessage(form.getTranslation(refused.messageKey(), refused.arguments()));
                    reason.setInvalid(true);
                }
            }
        });
        form.add(date, cause, reason, save, form.error);
        return form;
    }

    private DeathForm() {
        addClassNames("card", "death-form");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
    }

    private static RadioButtonGroup<YesNoUnknown> cause(DeathForm form) {
        RadioButtonGroup<YesNoUnknown> cause = new RadioButtonGroup<>(form.getTranslation("family.death.cause"));
        cause.setItems(YesNoUnknown.values());
        cause.setItemLabelGenerator(v -> form.getTranslation("family.death.cause." + v.name()));
        return cause;
    }

    private void refuse(UserInputException refused, DatePicker date, RadioButtonGroup<YesNoUnknown> cause) {
        String text = getTranslation(refused.messageKey(), refused.arguments());
        date.setInvalid(false);
        cause.setInvalid(false);
        if ("diedOn".equals(refused.field()) || "victimDied".equals(refused.field())) {
            date.setErrorMessage(text);
            date.setInvalid(true);
        } else if ("fromAccident".equals(refused.field())) {
            cause.setErrorMessage(text);
            cause.setInvalid(true);
        }
        error.setText(text);
    }

    static StagedFiles staged() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        StagedFiles files = vaadin.getAttribute(StagedFiles.class);
        if (files == null) {
            files = new StagedFiles();
            vaadin.setAttribute(StagedFiles.class, files);
        }
        return files;
    }
}
