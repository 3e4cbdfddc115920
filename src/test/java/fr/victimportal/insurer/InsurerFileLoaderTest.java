package fr.victimportal.insurer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.insurer.domain.Insurer;
import fr.victimportal.insurer.domain.InsurerRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The operator's insurer list: checked line by line, written in one go, versions retire what they drop. */
class InsurerFileLoaderTest extends IntegrationTest {

    private static final String HEADER = "identifier;name;kind;mailbox;fictitious\n";

    @Autowired
    private InsurerFileLoader loader;

    @Autowired
    private InsurerRepository insurers;

    @Autowired
    private Insurers list;

    @Autowired
    private ClaimFixtures fixtures;

    @TempDir
    Path dir;

    /** Each test's identifiers are its own: the tests share one database. */
    private final String a = "T-" + UUID.randomUUID().toString().substring(0, 8);

    private final String b = "T-" + UUID.randomUUID().toString().substring(0, 8);

    /** The demo list the suite started with is the loaded version again (this test's versions retired it). */
    @AfterEach
    void demoListBack() {
        loader.load("classpath:insurers/demo-insurers.csv");
    }

    private String file(String version, String body) throws IOException {
        Path file = dir.resolve("insurers-" + UUID.randomUUID() + ".csv");
        Files.writeString(file, "# version: " + version + "\n" + HEADER + body, StandardCharsets.UTF_8);
        return "file:" + file;
    }

    private Insurer stored(String identifier) {
        return insurers.findByIdentifier(identifier).orElseThrow();
    }

    @Test
    void aGoodFileCreatesItsInsurersOfferedToVictims() throws IOException {
        String location = file(
                "2026-12-01",
                a + ";Assurances Exemple (fictif);INSURER;Sinistres@exemple.invalid;true\n" + b
                        + ";\"Mutuelle; Exemple\";insurer;;\n");

        InsurerFileLoader.Loaded loaded = loader.load(location);

        assertThat(loaded.version()).isEqualTo("2026-12-01");
        assertThat(loaded.lines()).isEqualTo(2);
        assertThat(stored(a).getName()).isEqualTo("Assurances Exemple (fictif)");
        assertThat(stored(a).getMailbox()).isEqualTo("sinistres@exemple.invalid");
        assertThat(stored(a).ref().fictitious()).isTrue();
        assertThat(stored(a).getSource()).isEqualTo("file:2026-12-01");
        assertThat(stored(b).getName()).isEqualTo("Mutuelle; Exemple");
        assertThat(stored(b).getMailbox()).isNull();
        assertThat(stored(b).ref().fictitious()).isFalse();
        assertThat(list.search(a, 5)).extracting(InsurerRef::identifier).containsExactly(a);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing name   | {b};;INSURER;;true                          | name missing
            bad kind       | {b};Assurances B;ASSUREUR;;true             | kind "ASSUREUR": INSURER or FUND
            bad mailbox    | {b};Assurances B;INSURER;pas-une-adresse;true | mailbox "pas-une-adresse" is not an email address
            duplicate      | {a};Encore;INSURER;;true                    | identifier {a} already on line 3
            bad fictitious | {b};Assurances B;INSURER;;peut-être         | fictitious "peut-être": true or false
            missing value  | {b};Assurances B;INSURER                    | 5 values expected, 3 found
            """)
    void aBadLineStopsTheLoadNamingFileAndLineAndChangesNothing(String what, String line, String message)
            throws IOException {
        String bad = line.replace("{a}", a).replace("{b}", b);
        String location = file("bad-1", a + ";Assurances premières;INSURER;;true\n" + bad + "\n");

        assertThatThrownBy(() -> loader.load(location))
                .hasMessageStartingWith(location + ", line 4: ")
                .hasMessageContaining(message.replace("{a}", a));

        assertThat(insurers.findByIdentifier(a))
                .as("the good line before it is not written")
                .isEmpty();
        assertThat(insurers.findByIdentifier(b)).isEmpty();
    }

    @Test
    void anUnknownColumnOrAMissingVersionStopsTheLoad() throws IOException {
        Path file = dir.resolve("columns.csv");
        Files.writeString(
                file, "# version: 3\nidentifier;name;kind;mailbox;fictitious;siren\n" + a + ";A;INSURER;;;1\n");
        assertThatThrownBy(() -> loader.load("file:" + file))
                .hasMessage("file:" + file + ", line 2: unknown column \"siren\" (columns:"
                        + " identifier;name;kind;mailbox;fictitious, optional: administrator)");
        Path unversioned = dir.resolve("unversioned.csv");
        Files.writeString(unversioned, HEADER + a + ";A;INSURER;;\n");
        assertThatThrownBy(() -> loader.load("file:" + unversioned))
                .hasMessageStartingWith(
                        "file:" + unversioned + ", line 1: the first line must give the list's version");
        assertThat(insurers.findByIdentifier(a)).isEmpty();
    }

    @Test
    void aNewVersionRetiresWhatItDropsAndLeavesTheFundAndOtherRowsAlone() throws IOException {
        long fromTests = fixtures.insurer();
        loader.load(file("v1", a + ";Assurances A;INSURER;;true\n" + b + ";Assurances B;INSURER;;true\n"));
        assertThat(stored(b).getRetiredAt()).isNull();

        InsurerFileLoader.Loaded v2 = loader.load(file("v2", a + ";Assurances A, nouveau nom;INSURER;;true\n"));

        assertThat(v2.retired()).contains(b);
        assertThat(stored(b).getRetiredAt()).as("retired, never deleted").isNotNull();
        assertThat(list.choosable())
                .extracting(InsurerRef::identifier)
                .contains(a, Insurer.FGAO)
                .doesNotContain(b);
        assertThat(stored(a).getName()).isEqualTo("Assurances A, nouveau nom");
        assertThat(stored(Insurer.FGAO).getRetiredAt()).isNull();
        assertThat(insurers.findById(fromTests).orElseThrow().getRetiredAt())
                .as("a row no file wrote")
                .isNull();

        // listed again in a later version: offered again
        loader.load(file("v3", a + ";Assurances A;INSURER;;true\n" + b + ";Assurances B;INSURER;;true\n"));
        assertThat(stored(b).getRetiredAt()).isNull();
    }

    @Test
    void theSameVersionLoadedAgainChangesNothing() throws IOException {
        String location = file("same", a + ";Assurances A;INSURER;a@exemple.invalid;true\n");
        loader.load(location);
        long version = stored(a).getVersion();

        InsurerFileLoader.Loaded again = loader.load(location);

        assertThat(again.retired()).isEmpty();
        assertThat(stored(a).getVersion()).as("no update written").isEqualTo(version);
        assertThat(List.of(stored(a).getName(), stored(a).getMailbox()))
                .containsExactly("Assurances A", "a@exemple.invalid");
    }
}
