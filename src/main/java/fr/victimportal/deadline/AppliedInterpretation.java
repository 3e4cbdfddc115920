package fr.victimportal.deadline;

import java.util.Objects;

/**
 * Marks a deadline whose date depends on an open legal point, and which reading produced it.
 *
 * @param alternativeReading {@code false} when the default (prudent) reading was used
 */
public record AppliedInterpretation(InterpretationPoint point, boolean alternativeReading) {

    public AppliedInterpretation {
        Objects.requireNonNull(point, "point");
    }

    public String messageKey() {
        return point.messageKey(alternativeReading);
    }
}
