package fr.victimportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.victimportal.shared.UserInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The one place where a service's refusal ({@link UserInputException}) becomes what the user reads. Each form says
 * once where its refusals go: the fields registered under the names the service uses (the refusal's message under the
 * field it names, the field marked invalid), and a general spot for a refusal about no registered field — a
 * notification by default, or a paragraph above the button. A form then runs its action through {@link #attempt}.
 */
public final class Refusals {

    private final Component host;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final List<Predicate<UserInputException>> markers = new ArrayList<>();
    private HasValidation otherField;
    private NotificationVariant[] variants = {};
    private Paragraph paragraph;
    private boolean paragraphAlways;
    private Button retry;
    private Consumer<UserInputException> then = refusal -> {};

    private Refusals(Component host) {
        this.host = host;
    }

    /** Refusals shown in {@code host}'s language; with nothing else said, in a plain notification. */
    public static Refusals of(Component host) {
        return new Refusals(host);
    }

    /** The refusal's text in the user's language. */
    public static String message(Component host, UserInputException refusal) {
        return host.getTranslation(refusal.messageKey(), refusal.arguments());
    }

    /** Registers a field under the name the service uses in its refusals. */
    public <F extends HasValidation> F field(String name, F field) {
        fields.put(name, field);
        return field;
    }

    /** Registers several fields by the names the service uses. */
    public Refusals fields(Map<String, ? extends HasValidation> named) {
        fields.putAll(named);
        return this;
    }

    /** Asks another form first (a sub-form that knows its own fields); it answers whether it showed the refusal. */
    public Refusals fieldsOf(Predicate<UserInputException> form) {
        markers.add(form);
        return this;
    }

    /** The field that takes every refusal naming no registered field (a one-field form). */
    public Refusals otherwiseOn(HasValidation field) {
        otherField = field;
        return this;
    }

    /** Refusals about no field go to a notification with these variants (error, warning…). */
    public Refusals inNotification(NotificationVariant... themes) {
        variants = themes.clone();
        paragraph = null;
        return this;
    }

    /** Refusals about no field go to this paragraph, hidden while a field shows the message. */
    public Refusals inParagraph(Paragraph error) {
        paragraph = error;
        return this;
    }

    /** The paragraph repeats the message even when a field shows it. */
    public Refusals alwaysInParagraph(Paragraph error) {
        paragraph = error;
        paragraphAlways = true;
        return this;
    }

    /** A button disabled on click, enabled again after a refusal so the user can correct and retry. */
    public Refusals reenabling(Button button) {
        retry = button;
        return this;
    }

    /** Something more to do after a refusal was shown (take the user to the step that holds the field…). */
    public Refusals then(Consumer<UserInputException> next) {
        then = next;
        return this;
    }

    /** Runs the action; if the service refuses, shows the refusal and returns false. */
    public boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserInputException refusal) {
            show(refusal);
            return false;
        }
    }

    /** Shows a refusal where this form puts it. */
    public void show(UserInputException refusal) {
        String message = message(host, refusal);
        boolean onField = mark(refusal);
        if (paragraph != null) {
            paragraph.setText(message);
            paragraph.setVisible(paragraphAlways || !onField);
        } else if (!onField) {
            Notification shown = Notification.show(message);
            if (variants.length > 0) {
                shown.addThemeVariants(variants);
            }
        }
        if (retry != null) {
            retry.setEnabled(true);
        }
        then.accept(refusal);
    }

    /** Shows the refusal on its field only; false, with nothing shown, if no field of this form takes it. */
    public boolean mark(UserInputException refusal) {
        fields.values().forEach(f -> f.setInvalid(false));
        for (Predicate<UserInputException> marker : markers) {
            if (marker.test(refusal)) {
                return true;
            }
        }
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            field = otherField;
        }
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message(host, refusal));
        field.setInvalid(true);
        return true;
    }

    /** Clears the marks left on the fields by an earlier refusal. */
    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
        if (otherField != null) {
            otherField.setInvalid(false);
        }
    }
}
