package fr.victimportal.doctor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.victimportal.doctor.DirectoryEntry;
import fr.victimportal.doctor.DirectoryFilter;
import fr.victimportal.doctor.DoctorDirectory;
import fr.victimportal.doctor.Specialty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The directory's search: department, specialty, language and a name or city, with the results as cards readable on
 * a phone; each card may carry the actions the page gives it (choose this doctor; edit or retire it).
 */
class DirectorySearch extends Div {

    /** The buttons a page puts on each card. */
    interface Actions {
        List<Button> buttonsFor(DirectoryEntry entry);
    }

    private final DoctorDirectory directory;
    private final Actions actions;
    private final Select<String> department = new Select<>();
    private final Select<Specialty> specialty = new Select<>();
    private final Select<String> language = new Select<>();
    private final TextField text = new TextField();
    private final Paragraph count = new Paragraph();
    private final UnorderedList results = new UnorderedList();

    DirectorySearch(DoctorDirectory directory, Actions actions) {
        this.directory = directory;
        this.actions = actions;
        addClassName("directory-search");
        DoctorDirectory.Choices choices = directory.choices();
        String any = getTranslation("doctor.filter.any");
        department.setLabel(getTranslation("doctor.filter.department"));
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(any);
        department.setItems(choices.departments());
        specialty.setLabel(getTranslation("doctor.filter.specialty"));
        specialty.setEmptySelectionAllowed(true);
        specialty.setEmptySelectionCaption(any);
        specialty.setItems(Specialty.values());
        specialty.setItemLabelGenerator(s -> s == null ? any : getTranslation(s.messageKey()));
        language.setLabel(getTranslation("doctor.filter.language"));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(any);
        language.setItems(choices.languages());
        language.setItemLabelGenerator(l -> l == null ? any : languageName(l));
        text.setLabel(getTranslation("doctor.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        Div filters = new Div(department, specialty, language, text);
        filters.addClassName("directory-filters");
        count.getElement().setAttribute("role", "status");
        count.getElement().setAttribute("aria-live", "polite");
        results.addClassName("directory-results");
        add(filters, count, results);
        department.addValueChangeListener(e -> refresh());
        specialty.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        refresh();
    }

    void refresh() {
        List<DirectoryEntry> found = directory.search(
                new DirectoryFilter(department.getValue(), specialty.getValue(), language.getValue(), text.getValue()));
        count.setText(getTranslation("doctor.results", found.size()));
        results.removeAll();
        found.forEach(e -> results.add(new ListItem(card(e))));
    }

    private Section card(DirectoryEntry e) {
        Section card = new Section(new H3(e.name()));
        card.addClassNames("card", "doctor-card");
        card.add(new Paragraph(getTranslation("doctor.card.where", e.city(), e.department())));
        card.add(new Paragraph(getTranslation(
                "doctor.card.specialties",
                e.specialties().stream()
                        .map(s -> getTranslation(s.messageKey()))
                        .collect(Collectors.joining(", ")))));
        card.add(new Paragraph(getTranslation(
                "doctor.card.languages",
                e.languages().stream().map(this::languageName).collect(Collectors.joining(", ")))));
        card.add(new Paragraph(getTranslation(e.remote() ? "doctor.card.remote" : "doctor.card.noRemote")));
        if (e.presentation() != null) {
            card.add(new Paragraph(e.presentation()));
        }
        if (e.fees() != null) {
            card.add(new Paragraph(getTranslation("doctor.card.fees", e.fees())));
        }
        List<Button> buttons = new ArrayList<>(actions.buttonsFor(e));
        if (!buttons.isEmpty()) {
            Div row = new Div();
            row.addClassName("doctor-actions");
            buttons.forEach(row::add);
            card.add(row);
        }
        return card;
    }

    private String languageName(String code) {
        Locale ui = getLocale() == null ? Locale.FRENCH : getLocale();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(ui);
        return name.isBlank() || name.equals(code) ? code : name.substring(0, 1).toUpperCase(ui) + name.substring(1);
    }
}
