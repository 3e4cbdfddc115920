package fr.victimportal.medical;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.account.Role;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.claim.model.Relation;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The refusal keys the services return (not named in a getTranslation call, so TranslationsTest cannot see them) and
 * the keys built from enum names all exist in French and English.
 */
class MedicalMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = MedicalMessagesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyTheMedicalModuleReturnsOrBuildsExistsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        Pattern literal = Pattern.compile("\"((?:medical|claim\\.participant)\\.[a-zA-Z.]+[a-zA-Z])\"");
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/java/fr/victimportal/medical")),
                Stream.of(Path.of("src/main/java/fr/victimportal/claim/ClaimParticipants.java")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        Stream.of(DocumentClass.values()).forEach(c -> keys.add("medical.class." + c));
        Stream.of(DocumentType.values()).forEach(t -> keys.add("medical.type." + t));
        Stream.of(AuditAction.values()).forEach(a -> keys.add("medical.log.action." + a));
        Stream.of(AuditOutcome.values()).forEach(o -> keys.add("medical.log.outcome." + o));
        Stream.of(Relation.values()).forEach(r -> keys.add("medical.log.role." + r));
        Stream.of(Role.values()).forEach(r -> keys.add("medical.log.role." + r));
        assertThat(keys).contains("medical.upload.error.encrypted", "medical.share.error.recipient");
        for (String bundle : List.of("translations.properties", "translations_en.properties")) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }
}
