package fr.victimportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.shared.UserInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Assertions on a service rule's refusal: the field it names and the translation key of its message are what the
 * screen shows, so the unit tests of the rules check both.
 */
public final class Refusals {

    private Refusals() {
    }

    /** The check refuses, naming {@code field} and {@code messageKey} (and these message arguments, when given). */
    public static void assertRefused(ThrowingCallable check, String field, String messageKey, Object... arguments) {
        assertThatThrownBy(check).isInstanceOfSatisfying(UserInputException.class, e -> {
            assertThat(e.field()).as("field").isEqualTo(field);
            assertThat(e.messageKey()).as("message key").isEqualTo(messageKey);
            if (arguments.length > 0) {
                assertThat(e.arguments()).as("message arguments")
                        .containsExactly(arguments);
            }
        });
    }

    /** The check accepts: it throws nothing. */
    public static void assertAccepted(ThrowingCallable check) {
        assertThatCode(check).doesNotThrowAnyException();
    }

    /**
     * A row of a rule table for a parameterized test: its name, the check, and for a refused case the field and
     * message key expected.
     */
    public static Arguments row(String name, ThrowingCallable check, Object... refusal) {
        Object[] all = new Object[2 + refusal.length];
        all[0] = name;
        all[1] = check;
        System.arraycopy(refusal, 0, all, 2, refusal.length);
        return Arguments.of(all);
    }
}
