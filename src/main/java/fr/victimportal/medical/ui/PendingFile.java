package fr.victimportal.medical.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.shared.ui.Fields;
import java.nio.file.Path;
import java.time.LocalDate;

/** A file received but not yet saved: the victim says what it is (title, type, category, date) before saving. */
class PendingFile extends Div {

    private final String name;
    private final Path file;
    final TextField title = new TextField();
    final ComboBox<DocumentType> type = new ComboBox<>();
    final ComboBox<DocumentClass> documentClass = new ComboBox<>();
    final DatePicker date;

    PendingFile(String name, Path file, LocalDate today, Runnable remove) {
        this.name = name;
        this.file = file;
        addClassNames("card", "pending-file");
        title.setLabel(getTranslation("medical.upload.fileTitle"));
        title.setValue(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        title.setMaxLength(160);
        type.setLabel(getTranslation("medical.upload.fileType"));
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(t -> getTranslation("medical.type." + t));
        documentClass.setLabel(getTranslation("medical.upload.fileClass"));
        documentClass.setItems(DocumentClass.values());
        documentClass.setItemLabelGenerator(c -> getTranslation("medical.class." + c));
        type.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                documentClass.setValue(e.getValue().usualClass());
            }
        });
        date = Fields.datePicker(getTranslation("medical.upload.fileDate"), today);
        Button removeButton = new Button(getTranslation("medical.upload.remove"), e -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        removeButton.setAriaLabel(getTranslation("medical.upload.removeNamed", name));
        FormLayout form = new FormLayout(title, type, documentClass, date);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(new H3(name), form, removeButton);
    }

    Path file() {
        return file;
    }

    NewDocument toNewDocument() {
        return new NewDocument(
                name, file, documentClass.getValue(), type.getValue(), date.getValue(), title.getValue());
    }
}
