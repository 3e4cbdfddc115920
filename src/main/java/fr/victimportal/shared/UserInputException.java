package fr.victimportal.shared;

import java.util.Arrays;

/**
 * A refusal the user can act on: a service throws it when an input breaks a rule, naming the field and a translation
 * key, and nothing has been changed. Views show the translated message next to the field.
 */
public class UserInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public UserInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The form field concerned, or {@code null} when the refusal is about the whole form. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
