package fr.victimportal.correspondence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.shared.ui.Fields;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A supporting document received for a message and not sent yet: its title, what it is (never a medical type: a
 * medical document is linked from the claim's documents, under the victim's consent) and its date.
 */
class SupportingFile extends Div {

    /** What may be attached to a message. */
    static final List<DocumentType> TYPES = List.of(
            DocumentType.PAYSLIP,
            DocumentType.INVOICE,
            DocumentType.POLICE_REPORT,
            DocumentType.IDENTITY,
            DocumentType.OTHER);

    private final String name;
    private final Path file;
    final TextField title = new TextField();
    final Select<DocumentType> type = new Select<>();
    final DatePicker date;

    SupportingFile(String name, Path file, LocalDate today, Runnable remove) {
        this.name = name;
        this.file = file;
        addClassNames("card", "supporting-file");
        title.setLabel(getTranslation("correspondence.compose.fileTitle", name));
        title.setValue(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        title.setMaxLength(160);
        type.setLabel(getTranslation("medical.upload.fileType"));
        type.setItems(TYPES);
        type.setItemLabelGenerator(t -> getTranslation("medical.type." + t));
        type.setValue(DocumentType.OTHER);
        date = Fields.datePicker(getTranslation("medical.upload.fileDate"), today);
        date.setValue(today);
        Button removeButton = new Button(getTranslation("medical.upload.remove"), e -> remove.run());
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        removeButton.setAriaLabel(getTranslation("medical.upload.removeNamed", name));
        add(title, type, date, removeButton);
    }

    Path file() {
        return file;
    }

    NewDocument toNewDocument() {
        DocumentType t = type.getValue() == null ? DocumentType.OTHER : type.getValue();
        return new NewDocument(name, file, t.usualClass(), t, date.getValue(), title.getValue());
    }
}
