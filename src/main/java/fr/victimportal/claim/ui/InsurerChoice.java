package fr.victimportal.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.deadline.Responsible;
import fr.victimportal.insurer.InsurerRef;
import fr.victimportal.insurer.Insurers;
import fr.victimportal.shared.UserInputException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * In the declaration, under the vehicles: the insurer the victim addresses the claim to, chosen from the list, with
 * who usually compensates in plain words (the liability explainer's answer) and a suggestion from what the victim
 * declared, which the victim confirms: never chosen for them.
 */
class InsurerChoice extends Section {

    private final Insurers insurers;
    private final Responsible responsible;
    private final InsurerCombo combo;
    private final Div suggestion = new Div();

    InsurerChoice(Insurers insurers, ClaimFile file, Responsible responsible, Optional<InsurerRef> current) {
        this.insurers = insurers;
        this.responsible = responsible;
        addClassNames("card", "insurer-choice");
        combo = new InsurerCombo(insurers, getTranslation("claim.insurer.field"), null);
        combo.setHelperText(getTranslation("claim.insurer.field.help"));
        current.ifPresent(combo::setValue);
        UnorderedList who = new UnorderedList(
                new ListItem(getTranslation(Voice.key(file, "claim.insurer.who.vehicle"))),
                new ListItem(getTranslation(Voice.key(file, "claim.insurer.who.own"))),
                new ListItem(getTranslation("claim.insurer.who.fund")));
        add(new H3(getTranslation("claim.insurer.title")), new Paragraph(getTranslation("claim.insurer.intro")), who);
        suggestion.addClassName("insurer-suggestion");
        suggestion.getElement().setAttribute("aria-live", "polite");
        add(suggestion, combo);
        if (!file.editable()) {
            combo.setReadOnly(true);
        } else if (file.insurerActed()) {
            combo.setReadOnly(true);
            add(new Paragraph(getTranslation("claim.insurer.acted")));
        } else {
            suggestFrom(file.vehicles());
        }
    }

    /** The insurer chosen, if any. */
    Optional<InsurerRef> value() {
        return Optional.ofNullable(combo.getValue());
    }

    /** Whether the victim may still change the insurer here. */
    boolean changeable() {
        return !combo.isReadOnly();
    }

    /** Shows a refusal about the insurer on the field; false for any other refusal. */
    boolean showError(UserInputException refusal) {
        if (!"insurer".equals(refusal.field())) {
            return false;
        }
        combo.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        combo.setInvalid(true);
        return true;
    }

    /**
     * The fund when nobody insured answers for the accident; otherwise the first insurer of the list whose name a
     * vehicle's insurer matches, the other vehicles before the victim's own. Offered as a button, never selected.
     */
    void suggestFrom(List<VehicleDetails> vehicles) {
        suggestion.removeAll();
        Optional<InsurerRef> suggested = responsible.fund()
                ? Optional.of(insurers.fund())
                : vehicles.stream()
                        .sorted(Comparator.comparing(VehicleDetails::victimsVehicle))
                        .map(VehicleDetails::insurer)
                        .filter(name -> name != null && name.strip().length() >= 3)
                        .map(name -> insurers.search(name, 2))
                        .filter(found -> found.size() == 1)
                        .map(found -> found.get(0))
                        .findFirst();
        suggested.filter(s -> !s.equals(combo.getValue())).ifPresent(s -> {
            String label = s.label(getTranslation("insurer.fictitious"));
            Paragraph why = new Paragraph(getTranslation(
                    responsible.fund() ? "claim.insurer.suggest.fund" : "claim.insurer.suggest.vehicle", label));
            Button take = new Button(getTranslation("claim.insurer.suggest.take"), e -> {
                combo.setValue(s);
                combo.setInvalid(false);
                suggestion.removeAll();
            });
            take.setAriaLabel(getTranslation("claim.insurer.suggest.takeAria", label));
            take.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            suggestion.add(why, take);
        });
    }
}
