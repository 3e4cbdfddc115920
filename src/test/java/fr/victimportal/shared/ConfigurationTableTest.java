package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's configuration table against {@link PortalProperties}, as the configuration processor describes it
 * ({@code META-INF/spring-configuration-metadata.json}, written at compile time from the record and its javadoc): every
 * {@code portal.*} key is in the table with the default the portal really has, and the table names no key the portal
 * does not read.
 *
 * <p>A table row may name several keys: {@code `a.b.capacity` / `.period`} (the second key replaces the last part of
 * the first) or {@code `a.b`, `a.c`}; its default cell then gives one value per key in the same order, or says
 * "unset" when none of them has a default.
 */
class ConfigurationTableTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private static Map<String, JsonNode> metadata;
    private static Map<String, String> readme;

    @BeforeAll
    static void read() throws IOException {
        metadata = portalMetadata();
        readme = readmeTable(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
    }

    @Test
    void everyPortalKeyIsInTheReadmeAndTheReadmeNamesNoOtherPortalKey() {
        assertThat(metadata)
                .as("the configuration processor described PortalProperties")
                .isNotEmpty();
        TreeSet<String> missing = new TreeSet<>(metadata.keySet());
        missing.removeAll(readme.keySet());
        TreeSet<String> unknown = new TreeSet<>(readme.keySet());
        unknown.removeAll(metadata.keySet());
        assertThat(missing)
                .as("portal.* keys missing from the README's configuration table")
                .isEmpty();
        assertThat(unknown)
                .as("portal.* keys in the README that PortalProperties does not bind")
                .isEmpty();
    }

    @Test
    void theReadmeShowsEachKeysDefault() {
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> shown = new TreeMap<>();
        metadata.forEach((key, property) -> {
            if (readme.containsKey(key)) {
                expected.put(key, defaultOf(property));
                shown.put(key, readme.get(key));
            }
        });
        assertThat(shown)
                .as("defaults in the README (\"unset\" when there is none)")
                .isEqualTo(expected);
    }

    @Test
    void everyPortalKeyHasADescription() {
        List<String> undescribed = metadata.entrySet().stream()
                .filter(e -> !e.getValue().has("description")
                        || e.getValue().get("description").asString().isBlank())
                .map(Map.Entry::getKey)
                .toList();
        assertThat(undescribed)
                .as("keys without a description (an @param in the record's javadoc)")
                .isEmpty();
    }

    @Test
    void theTableReaderExpandsSharedRows() {
        Map<String, String> table = readmeTable("""
                ## Configuration

                | Property | Default | Meaning |
                |---|---|---|
                | `portal.x.limit.capacity` / `.period` | `30` / `15m` | two keys |
                | `portal.a`, `portal.b` (`ENV`) | `1m`, `2m` | two keys and an environment variable |
                | `portal.key` (`PORTAL_KEY`) | unset (made at start) | no default |
                | `server.port` | `8080` | not ours |

                ## Next
                | `portal.elsewhere` | `1` | another table |
                """);
        assertThat(table)
                .containsExactly(
                        Map.entry("portal.x.limit.capacity", "30"),
                        Map.entry("portal.x.limit.period", "15m"),
                        Map.entry("portal.a", "1m"),
                        Map.entry("portal.b", "2m"),
                        Map.entry("portal.key", "unset"));
    }

    /** The {@code portal.*} properties this project declares, by name, from every metadata file on the class path. */
    private static Map<String, JsonNode> portalMetadata() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, JsonNode> properties = new TreeMap<>();
        for (URL url : Collections.list(ConfigurationTableTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                JsonNode all = json.readTree(in).path("properties");
                StreamSupport.stream(all.spliterator(), false)
                        .filter(p -> p.path("name").asString().startsWith("portal."))
                        .filter(p -> p.path("sourceType").asString().startsWith("fr.victimportal."))
                        .forEach(p -> properties.put(p.path("name").asString(), p));
            }
        }
        return properties;
    }

    /** A default as the README writes it: a list joined by commas, "unset" when there is none. */
    private static String defaultOf(JsonNode property) {
        JsonNode value = property.get("defaultValue");
        if (value == null || value.isNull()) {
            return "unset";
        }
        if (value.isArray()) {
            return String.join(
                    ",",
                    StreamSupport.stream(value.spliterator(), false)
                            .map(JsonNode::asString)
                            .toList());
        }
        String text = value.asString();
        // a list default is written as its toString(), "[1m, 5m]"
        boolean list = property.path("type").asString().startsWith("java.util.List<");
        return list && text.startsWith("[")
                ? text.substring(1, text.length() - 1).replace(", ", ",")
                : text;
    }

    /** The {@code portal.*} keys of the README's configuration table with the default shown for each. */
    static Map<String, String> readmeTable(String readme) {
        String text = "\n" + readme;
        int start = text.indexOf("\n## Configuration\n");
        assertThat(start).as("the README has a Configuration section").isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        String section = text.substring(start, end < 0 ? text.length() : end);
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : section.lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = line.split("\\|");
            List<String> names = names(cells[1]);
            if (names.isEmpty()) {
                continue;
            }
            List<String> defaults = codes(cells[2]);
            if (defaults.isEmpty() && cells[2].strip().startsWith("unset")) {
                defaults = Collections.nCopies(names.size(), "unset");
            }
            assertThat(defaults)
                    .as("one default per key in the README row " + line)
                    .hasSameSizeAs(names);
            for (int i = 0; i < names.size(); i++) {
                keys.put(names.get(i), defaults.get(i));
            }
        }
        return keys;
    }

    /** The {@code portal.*} keys a row's first cell names, {@code `.period`} completing the key before it. */
    private static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        for (String code : codes(cell)) {
            if (code.startsWith("portal.")) {
                names.add(code);
            } else if (code.startsWith(".") && !names.isEmpty()) {
                String previous = names.get(names.size() - 1);
                names.add(previous.substring(0, previous.lastIndexOf('.')) + code);
            }
        }
        return names;
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }
}
