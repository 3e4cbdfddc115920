package fr.victimportal.medical.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.StagedFiles;
import fr.victimportal.medical.StagingUploadHandler;
import fr.victimportal.medical.UploadOutcome;
import fr.victimportal.medical.UploadStaging;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.UploadTexts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * For the insurer's examining doctor or agent: file the expert's report (R211-44), one PDF or image, which the victim
 * and their assisting doctor can read at once.
 */
class ReportUploadPanel extends Section {

    private Path file;
    private String fileName;
    private final StagedFiles session;

    ReportUploadPanel(
            String reference, MedicalDocuments documents, UploadStaging staging, Clock clock, Runnable stored) {
        addClassNames("card", "report-upload");
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.PARIS));
        TextField title = new TextField(getTranslation("medical.report.title"));
        title.setValue(getTranslation("medical.report.defaultTitle"));
        title.setMaxLength(160);
        DatePicker date = Fields.datePicker(getTranslation("medical.report.date"), today);
        date.setValue(today);
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("medical.report.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        StagingUploadHandler handler = new StagingUploadHandler(
                staging,
                reference,
                documents.maxFileSize(),
                (name, f) -> {
                    discard();
                    if (!isAttached()) {
                        session().release(f);
                        return;
                    }
                    file = f;
                    fileName = name;
                    save.setEnabled(true);
                },
                result::setText);
        session = handler.session();
        Upload upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxFileSize()));
        UploadTexts.apply(upload, documents.maxFileSize(), getTranslation("medical.upload.i18n.wrongType"));
        upload.addFileRejectedListener(e ->
                result.setText(getTranslation("medical.upload.refused.line", e.getFileName(), e.getErrorMessage())));
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            UploadOutcome outcome = documents.fileExpertReport(
                    reference, new NewDocument(fileName, file, null, null, date.getValue(), title.getValue()));
            discard();
            upload.clearFileList();
            if (outcome.stored()) {
                result.setText(getTranslation("medical.report.saved"));
                stored.run();
            } else {
                result.setText(getTranslation(outcome.refusalKey(), outcome.refusalArguments()));
            }
        });
        Div column = new Div(upload, title, date, save, result);
        column.addClassName("form-column");
        add(
                new H2(getTranslation("medical.report.heading")),
                new Paragraph(getTranslation("medical.report.help")),
                column);
        addDetachListener(e -> discard());
    }

    private StagedFiles session() {
        return session;
    }

    private void discard() {
        if (file != null) {
            session.release(file);
            file = null;
        }
    }
}
