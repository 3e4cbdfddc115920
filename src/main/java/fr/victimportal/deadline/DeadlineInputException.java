package fr.victimportal.deadline;

import java.util.List;
import java.util.Objects;

/**
 * Invalid input to the legal clock. Carries the offending field (a {@link ClaimFacts} component name, or a method
 * parameter name) and a message key the UI translates ({@code deadline.error.*}), so the web layer can answer
 * "parameter X: ...".
 */
public final class DeadlineInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public DeadlineInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey + (arguments.length == 0 ? "" : " " + List.of(arguments)));
        this.field = Objects.requireNonNull(field, "field");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Values for the message placeholders ({0}, {1}...), usually the dates involved. */
    public List<Object> arguments() {
        return arguments;
    }
}
