package fr.victimportal.claim.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.claim.model.Representation;
import fr.victimportal.claim.model.Representation.Person;
import fr.victimportal.claim.model.Representation.Role;
import fr.victimportal.shared.UserInputException;
import java.util.Optional;

/**
 * "Who fills in this claim?", asked before anything else: the victim, or their representative — a parent of a minor,
 * a guardian (tutelle), a curator assisting an adult under curatelle, another representative appointed by the judge.
 * The answer decides how every screen speaks (to the victim, or about the victim) and whether a settlement needs the
 * judge's authorisation (C. assur. L211-15).
 */
class DeclarantForm extends Div {

    /** The person filling in the claim. */
    enum Declarant {
        SELF,
        PARENT,
        TUTOR,
        CURATOR,
        OTHER,
        /** A relative or heir of a victim who died (issue 24): the next page asks about the death and its proof. */
        HEIR
    }

    private final RadioButtonGroup<Declarant> who = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final RadioButtonGroup<Person> person = new RadioButtonGroup<>();
    private final Paragraph judge = new Paragraph();
    private final Paragraph heir = new Paragraph();

    DeclarantForm(Representation current) {
        addClassNames("form-column", "declarant-form");
        who.setLabel(getTranslation("declarant.who"));
        who.setItems(Declarant.values());
        who.setItemLabelGenerator(d -> getTranslation("declarant.who." + d.name()));
        who.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        who.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("representation.name"));
        name.setMaxLength(120);
        person.setLabel(getTranslation("declarant.person"));
        person.setItems(Person.values());
        person.setItemLabelGenerator(p -> getTranslation("declarant.person." + p.name()));
        person.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        if (current != null && current.represented()) {
            who.setValue(Declarant.valueOf(
                    current.role() == null ? Role.OTHER.name() : current.role().name()));
            name.setValue(current.representedName() == null ? "" : current.representedName());
            person.setValue(current.person());
        } else if (current != null) {
            who.setValue(Declarant.SELF);
        }
        who.addValueChangeListener(e -> update());
        heir.setText(getTranslation("declarant.heir"));
        heir.addClassName("declarant-heir");
        add(who, name, person, judge, heir);
        update();
    }

    /** Starts with no choice made (a new declaration): the person must pick one. */
    DeclarantForm unanswered() {
        who.clear();
        update();
        return this;
    }

    private void update() {
        Declarant d = who.getValue();
        boolean represented = d != null && d != Declarant.SELF && d != Declarant.HEIR;
        heir.setVisible(d == Declarant.HEIR);
        name.setVisible(represented);
        person.setVisible(d == Declarant.TUTOR || d == Declarant.OTHER);
        judge.setVisible(represented);
        if (represented) {
            judge.setText(getTranslation(d == Declarant.CURATOR ? "declarant.curator" : "representation.judge"));
        }
    }

    /** The representation chosen, or empty (with the field marked) when a required answer is missing. */
    Optional<Representation> read() {
        who.setInvalid(false);
        person.setInvalid(false);
        name.setInvalid(false);
        Declarant d = who.getValue();
        if (d == null) {
            who.setErrorMessage(getTranslation("declarant.error.who"));
            who.setInvalid(true);
            return Optional.empty();
        }
        if (d == Declarant.SELF) {
            return Optional.of(Representation.NONE);
        }
        if (d == Declarant.HEIR) {
            // the deceased's name comes with the death and its certificate, on the next page (nothing saved here)
            return Optional.of(new Representation(Person.DECEASED, null, Role.HEIR));
        }
        Person p = switch (d) {
            case PARENT -> Person.MINOR;
            case CURATOR -> Person.PROTECTED_ADULT;
            default -> person.getValue();
        };
        if (p == null) {
            person.setErrorMessage(getTranslation("declarant.error.person"));
            person.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(new Representation(p, name.getValue(), Role.valueOf(d.name())));
    }

    /** Shows a service refusal next to its field: the person's name, unless it is about the role. */
    boolean showError(UserInputException refusal) {
        String message = getTranslation(refusal.messageKey(), refusal.arguments());
        if ("role".equals(refusal.field())) {
            who.setErrorMessage(message);
            who.setInvalid(true);
        } else {
            name.setErrorMessage(message);
            name.setInvalid(true);
        }
        return true;
    }

    void setReadOnly(boolean readOnly) {
        who.setReadOnly(readOnly);
        name.setReadOnly(readOnly);
        person.setReadOnly(readOnly);
    }
}
