package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.account.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * French (the root bundle) and English have the same keys with the same placeholders, every key the code names
 * exists, and no view writes a user-visible string without going through a translation.
 */
class TranslationsTest {

    private static Properties french;
    private static Properties english;

    /** A user-visible literal given to a component: constructor text or a text/label setter. */
    static final Pattern HARD_CODED = Pattern.compile(
            "new (?:H[1-6]|Span|Paragraph|Button|ListItem|NativeLabel|Text|TextField|PasswordField|EmailField|TextArea"
                    + "|Checkbox|DatePicker|Details|Notification|SideNavItem|Tab|Emphasis|Strong)\\(\\s*\"[^\"]*\\p{L}"
                    + "|new (?:Anchor|RouterLink)\\([^,()]+,\\s*\"[^\"]*\\p{L}"
                    + "|\\.(?:setText|setLabel|setTitle|setHelperText|setPlaceholder|setErrorMessage|setAriaLabel"
                    + "|setHeaderTitle|setSummaryText|setHeader|setConfirmText|setCancelText)\\(\\s*\"[^\"]*\\p{L}"
                    + "|Notification\\.show\\(\\s*\"[^\"]*\\p{L}"
                    + "|@PageTitle\\(");

    static final Pattern KEY_IN_CODE =
            Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.]+)\"\\s*[,)]|title = \"([a-zA-Z0-9_.]+)\"");

    @BeforeAll
    static void load() throws IOException {
        french = load("/vaadin-i18n/translations.properties");
        english = load("/vaadin-i18n/translations_en.properties");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        assertThat(english.stringPropertyNames())
                .as("keys missing in English or only in English")
                .containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
    }

    @Test
    void noTranslationIsEmptyAndPlaceholdersMatch() {
        for (String key : french.stringPropertyNames()) {
            String fr = french.getProperty(key);
            String en = english.getProperty(key, "");
            assertThat(fr).as("French " + key).isNotBlank();
            assertThat(en).as("English " + key).isNotBlank();
            if (en.contains("{")) {
                // MessageFormat treats an ASCII apostrophe as a quote and would swallow the arguments after it
                assertThat(en.replace("''", ""))
                        .as("apostrophe in English " + key + ": use ’ or ''")
                        .doesNotContain("'");
                assertThat(fr.replace("''", ""))
                        .as("apostrophe in French " + key + ": use ’ or ''")
                        .doesNotContain("'");
            }
            assertThat(new MessageFormat(en).getFormats().length)
                    .as("placeholders of " + key)
                    .isEqualTo(new MessageFormat(fr).getFormats().length);
        }
    }

    @Test
    void everyRoleHasALabelAndAHomeText() {
        for (Role role : Role.values()) {
            assertThat(french).containsKeys("role." + role, "home." + role + ".intro", "home." + role + ".step1");
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path file : sources()) {
            Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                if (!french.containsKey(key)) {
                    missing.add(key + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noViewHardCodesAUserVisibleString() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            String[] lines = Files.readString(file).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (HARD_CODED.matcher(lines[i]).find()) {
                    offenders.add(file.getFileName() + ":" + (i + 1) + ": " + lines[i].trim());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theHardCodedStringCheckCatchesTheUsualMistakes() {
        assertThat(HARD_CODED.matcher("add(new H1(\"Bienvenue\"));").find()).isTrue();
        assertThat(HARD_CODED.matcher("button.setText(\"Save\");").find()).isTrue();
        assertThat(HARD_CODED.matcher("new Anchor(\"\", \"Accueil\")").find()).isTrue();
        assertThat(HARD_CODED.matcher("Notification.show(\"Enregistré\")").find())
                .isTrue();
        assertThat(HARD_CODED
                        .matcher("add(new H1(getTranslation(\"home.title\")));")
                        .find())
                .isFalse();
        assertThat(HARD_CODED
                        .matcher("new Anchor(\"login\", getTranslation(\"layout.login\"))")
                        .find())
                .isFalse();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
