package fr.victimportal.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every reminder kind, topic and screen has its texts in French and English (keys built from names). */
class ReminderTextsTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReminderTextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/vaadin-i18n/translations.properties", "/vaadin-i18n/translations_en.properties"})
    void everyReminderHasItsTexts(String file) throws IOException {
        Properties texts = load(file);
        for (ReminderKind kind : ReminderKind.values()) {
            assertThat(texts)
                    .containsKeys(
                            kind.subjectKey(),
                            kind.leadKey(),
                            kind.screen().labelKey,
                            kind.deadline().explanationKey(),
                            kind.deadline().ifMissedKey());
            assertThat(texts.getProperty(kind.subjectKey()))
                    .as(kind + " subject names the date")
                    .contains("{0}");
        }
        for (ReminderTopic topic : ReminderTopic.values()) {
            assertThat(texts).containsKey(topic.labelKey());
        }
        assertThat(texts)
                .containsKeys(
                        "reminder.legalBasis",
                        "mail.greeting",
                        "mail.footer.reminder",
                        "mail.footer.legalNotices",
                        "mail.footer.notice",
                        "mail.footer.noReply",
                        "mail.footer.notAdvice",
                        "mail.footer.unsubscribe",
                        "mail.footer.preferences");
    }
}
