package fr.victimportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.shared.UserInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table test of a service's input rules, without Spring. The subclass lists its cases in two static methods,
 * {@code accepted()} and {@code refused()}, each case a {@link #row}: an accepted check throws nothing; a refused one
 * throws the {@link UserInputException} naming the field and the message key the form shows beside it.
 */
public abstract class RuleTable {

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    protected void accepted(String why, ThrowingCallable check) {
        assertAccepted(check);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    protected void refused(String why, ThrowingCallable check, String field, String messageKey) {
        assertRefused(check, field, messageKey);
    }

    /** A case of the table: its name, the check, and for a refused case the field and message key expected. */
    protected static Arguments row(String name, ThrowingCallable check, Object... refusal) {
        Object[] all = new Object[2 + refusal.length];
        all[0] = name;
        all[1] = check;
        System.arraycopy(refusal, 0, all, 2, refusal.length);
        return Arguments.of(all);
    }

    /** The check refuses, naming {@code field} and {@code messageKey} (and these message arguments, when given). */
    protected static void assertRefused(ThrowingCallable check, String field, String messageKey, Object... arguments) {
        assertThatThrownBy(check).isInstanceOfSatisfying(UserInputException.class, e -> {
            assertThat(e.field()).as("field").isEqualTo(field);
            assertThat(e.messageKey()).as("message key").isEqualTo(messageKey);
            if (arguments.length > 0) {
                assertThat(e.arguments()).as("message arguments").containsExactly(arguments);
            }
        });
    }

    /** The check accepts: it throws nothing. */
    protected static void assertAccepted(ThrowingCallable check) {
        assertThatCode(check).doesNotThrowAnyException();
    }
}
