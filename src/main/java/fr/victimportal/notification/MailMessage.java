package fr.victimportal.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a mail says, as translation keys and arguments: the outbox renders it in the recipient's language when it is
 * written. Arguments may be {@link java.time.LocalDate}s (written as "23 novembre 2026" / "23 November 2026"), other
 * {@link Text}s (translated too), or plain values.
 *
 * @param subject    the subject line
 * @param paragraphs the body, one paragraph each, after the greeting
 * @param action     the button leading to the screen concerned, or {@code null}
 */
public record MailMessage(Text subject, List<Text> paragraphs, Link action) {

    public MailMessage {
        Objects.requireNonNull(subject, "subject");
        paragraphs = List.copyOf(paragraphs);
    }

    /** A translation key and its {0}, {1}… arguments. */
    public record Text(String key, List<Object> arguments) {

        public Text {
            Objects.requireNonNull(key, "key");
            arguments = List.copyOf(arguments);
        }

        public static Text of(String key, Object... arguments) {
            return new Text(key, List.of(arguments));
        }
    }

    /**
     * A link to a screen of the portal.
     *
     * @param labelKey translation key of the button text
     * @param path     the route, relative to {@code portal.base-url} (e.g. {@code dossier/VP-ABCD-EFGH})
     */
    public record Link(String labelKey, String path) {}

    public static Builder subject(String key, Object... arguments) {
        return new Builder(Text.of(key, arguments));
    }

    /** Builds a message paragraph by paragraph. */
    public static final class Builder {

        private final Text subject;
        private final List<Text> paragraphs = new ArrayList<>();
        private Link action;

        private Builder(Text subject) {
            this.subject = subject;
        }

        public Builder paragraph(String key, Object... arguments) {
            paragraphs.add(Text.of(key, arguments));
            return this;
        }

        public Builder action(String labelKey, String path) {
            action = new Link(labelKey, path);
            return this;
        }

        public MailMessage build() {
            return new MailMessage(subject, paragraphs, action);
        }
    }
}
