package fr.victimportal.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.victimportal.shared.UserInputException;
import java.util.Optional;

/**
 * A form bound to one record with Vaadin's {@link Binder}: each field is bound to a record component of the same
 * name, the record is read when every field is valid, and a service's refusal naming one of those components is shown
 * on its field ({@link Refusals}). One column on a phone, two from 40rem. Every record component must be bound (an
 * unattached field carries a value the form does not ask), and the record must have no constructor besides its
 * canonical one: {@link Binder#writeRecord} fails on a record with a second constructor.
 *
 * @param <T> the record the form fills in
 */
public class RecordForm<T extends Record> extends FormLayout {

    protected final Binder<T> binder;
    private final Refusals refusals = Refusals.of(this);

    public RecordForm(Class<T> type) {
        binder = new Binder<>(type);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
    }

    /** Registers a field under the name the service uses in its refusals. */
    protected <F extends HasValidation> F named(String name, F field) {
        return refusals.field(name, field);
    }

    /** Binds a field to the record component {@code name}, the name the service also gives its refusals. */
    protected <V, F extends HasValue<?, V> & HasValidation> F bound(String name, F field) {
        binder.forField(field).bind(name);
        return named(name, field);
    }

    /** The record filled in; empty, with the fields showing why, when the form is not valid yet. */
    public Optional<T> read() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    public void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
    }

    /** Shows a service refusal next to its field; false if no field of this form matches. */
    public boolean showError(UserInputException refusal) {
        return refusals.mark(refusal);
    }
}
