package fr.victimportal.doctor.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.victimportal.doctor.DirectoryEntry;
import fr.victimportal.doctor.DoctorDirectory;
import fr.victimportal.doctor.EntryInput;
import fr.victimportal.doctor.Specialty;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The directory of doctors who assist victims: everyone signed in searches it; an insurer support agent adds, edits
 * and retires entries. A victim chooses their doctor from their claim's page ({@code /dossier/{ref}/medecin}).
 */
@Route(value = "medecins", layout = MainLayout.class)
@Menu(title = "nav.doctors", order = 40, icon = "vaadin:doctor")
@PermitAll
public class DirectoryView extends Main implements HasDynamicTitle {

    private final DoctorDirectory directory;
    private final DirectorySearch search;
    private final Details editor = new Details();
    private Long editing;
    private long editingVersion;

    public DirectoryView(DoctorDirectory directory) {
        this.directory = directory;
        addClassNames("portal-page", "directory-page");
        add(new H1(getTranslation("doctor.directory.title")), new Paragraph(getTranslation("doctor.directory.intro")));
        boolean editable = directory.mayEdit();
        search = new DirectorySearch(directory, e -> editable ? agentButtons(e) : List.of());
        if (editable) {
            editor.setSummaryText(getTranslation("doctor.edit.add"));
            editor.addClassName("card");
            form(null);
            add(editor);
        }
        add(search);
    }

    private List<Button> agentButtons(DirectoryEntry e) {
        Button edit = new Button(getTranslation("doctor.edit.edit"), ev -> {
            form(e);
            editor.setOpened(true);
            editor.scrollIntoView();
        });
        edit.setAriaLabel(getTranslation("doctor.edit.editAria", e.name()));
        Button retire = new Button(getTranslation("doctor.edit.retire"), ev -> {
            try {
                directory.retire(e.id(), e.version());
                Notification.show(getTranslation("doctor.edit.retired", e.name()));
            } catch (UserInputException | ObjectOptimisticLockingFailureException refused) {
                Notification.show(getTranslation("doctor.error.gone"));
            }
            search.refresh();
        });
        retire.setAriaLabel(getTranslation("doctor.edit.retireAria", e.name()));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return List.of(edit, retire);
    }

    private void form(DirectoryEntry e) {
        editing = e == null ? null : e.id();
        editingVersion = e == null ? 0 : e.version();
        editor.setSummaryText(
                getTranslation(e == null ? "doctor.edit.add" : "doctor.edit.editing", e == null ? "" : e.name()));
        TextField name = new TextField(getTranslation("doctor.edit.name"));
        name.setMaxLength(120);
        CheckboxGroup<Specialty> specialties = new CheckboxGroup<>(getTranslation("doctor.edit.specialties"));
        specialties.setItems(Specialty.values());
        specialties.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        TextField department = new TextField(getTranslation("doctor.edit.department"));
        department.setMaxLength(3);
        department.setHelperText(getTranslation("doctor.edit.departmentHelp"));
        TextField city = new TextField(getTranslation("doctor.edit.city"));
        city.setMaxLength(80);
        TextField languages = new TextField(getTranslation("doctor.edit.languages"));
        languages.setHelperText(getTranslation("doctor.edit.languagesHelp"));
        Checkbox remote = new Checkbox(getTranslation("doctor.edit.remote"));
        TextArea presentation = new TextArea(getTranslation("doctor.edit.presentation"));
        presentation.setMaxLength(1000);
        TextArea fees = new TextArea(getTranslation("doctor.edit.fees"));
        fees.setMaxLength(400);
        EmailField email = new EmailField(getTranslation("doctor.edit.email"));
        if (e != null) {
            name.setValue(e.name());
            specialties.setValue(Set.copyOf(e.specialties()));
            department.setValue(e.department());
            city.setValue(e.city());
            languages.setValue(String.join(", ", e.languages()));
            remote.setValue(e.remote());
            presentation.setValue(e.presentation() == null ? "" : e.presentation());
            fees.setValue(e.fees() == null ? "" : e.fees());
            email.setValue(e.email());
        }
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button save = new Button(getTranslation("doctor.edit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        Map<String, HasValidation> fields = Map.of(
                "name",
                name,
                "specialties",
                specialties,
                "department",
                department,
                "city",
                city,
                "languages",
                languages,
                "presentation",
                presentation,
                "email",
                email);
        Refusals refusals =
                Refusals.of(this).fields(fields).alwaysInParagraph(error).reenabling(save);
        save.addClickListener(ev -> {
            try {
                refusals.attempt(() -> {
                    directory.save(
                            editing,
                            editingVersion,
                            new EntryInput(
                                    name.getValue(),
                                    List.copyOf(specialties.getValue()),
                                    department.getValue(),
                                    city.getValue(),
                                    Arrays.stream(languages.getValue().split("[,\\s]+"))
                                            .filter(s -> !s.isBlank())
                                            .toList(),
                                    remote.getValue(),
                                    presentation.getValue(),
                                    fees.getValue(),
                                    email.getValue()));
                    Notification.show(getTranslation("doctor.edit.saved"));
                    form(null);
                    editor.setOpened(false);
                    search.refresh();
                });
            } catch (ObjectOptimisticLockingFailureException stale) {
                error.setText(getTranslation("doctor.error.stale"));
                error.setVisible(true);
                save.setEnabled(true);
            }
        });
        Div column =
                new Div(name, specialties, department, city, languages, remote, presentation, fees, email, error, save);
        column.addClassName("form-column");
        editor.removeAll();
        editor.add(column);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("doctor.directory.title") + " · " + getTranslation("app.name");
    }
}
