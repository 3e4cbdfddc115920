package fr.victimportal.claim.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One step of the declaration wizard: a form bound to one section record, read-only for anyone but the victim. */
abstract class DeclarationStep<T extends Record> extends FormLayout {

    protected final Binder<T> binder;
    protected final LocalDate today;
    /** The claim as it was opened: who fills it in decides how the step speaks ({@link Voice}). */
    protected final ClaimFile declared;
    private final Map<String, HasValidation> fieldsByName = new HashMap<>();

    DeclarationStep(Class<T> type, Clock clock, ClaimFile declared) {
        this.declared = declared;
        binder = new Binder<>(type);
        today = LocalDate.now(clock);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
        addClassName("declaration-step");
    }

    /** The text of {@code key} for whoever fills in the claim (the victim, or their representative). */
    protected String voice(String key, Object... arguments) {
        return getTranslation(Voice.key(declared, key), arguments);
    }

    /** Registers a field under the name the service uses in its refusals. */
    protected <F extends HasValidation> F named(String name, F field) {
        fieldsByName.put(name, field);
        return field;
    }

    abstract void show(ClaimFile file);

    /** Saves the section and returns the claim's new version; empty if the form is not valid yet. */
    abstract Optional<Long> save(ClaimService claims, ClaimFile file);

    protected Optional<T> read() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
    }

    /** Shows a service refusal next to its field; false if no field of this step matches. */
    boolean showError(UserInputException refusal) {
        HasValidation field = refusal.field() == null ? null : fieldsByName.get(refusal.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        field.setInvalid(true);
        return true;
    }
}
