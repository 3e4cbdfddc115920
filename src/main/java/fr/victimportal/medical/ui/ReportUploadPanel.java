package fr.victimportal.medical.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.UploadOutcome;
import fr.victimportal.shared.ui.Fields;
import java.io.IOException;
import java.nio.file.Files;
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

    ReportUploadPanel(String reference, MedicalDocuments documents, Clock clock, Runnable stored) {
        addClassNames("card", "report-upload");
        LocalDate today = LocalDate.now(clock.withZone(fr.victimportal.shared.ClockConfiguration.PARIS));
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
        UI ui = UI.getCurrent();
        Upload upload = new Upload(new TemporaryFileUploadHandler((meta, f) -> ui.access(() -> {
            discard();
            file = f.toPath();
            fileName = meta.fileName();
            save.setEnabled(true);
        })));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            UploadOutcome outcome = documents.fileExpertReport(reference, new NewDocument(fileName, file, null, null,
                    date.getValue(), title.getValue()));
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
        add(new H2(getTranslation("medical.report.heading")), new Paragraph(getTranslation("medical.report.help")),
                column);
        addDetachListener(e -> discard());
    }

    private void discard() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the system cleans anyway
            }
            file = null;
        }
    }
}
