package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.claim.DintilhacHead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped ranges carry their source, year and version; an operator's licensed table adds rows. */
class BenchmarkTableTest {

    @Test
    void theShippedFileHasOnlyNamedDatedRoadAccidentSources() {
        BenchmarkTable table = new BenchmarkTable("");
        // the courts' référentiel for SE only; no ONIAM range, no undated PEP range without a named source
        assertThat(table.forHead(DintilhacHead.SE))
                .hasSize(7)
                .allSatisfy(b ->
                        assertThat(b.referential()).contains("cours d’appel").doesNotContain("ONIAM"));
        assertThat(table.forHead(DintilhacHead.PEP)).isEmpty();
        assertThat(table.forHead(DintilhacHead.DFT))
                .singleElement()
                .satisfies(b -> assertThat(b.unit()).isEqualTo(Benchmark.Unit.EUR_PER_DAY));
        assertThat(table.forHead(DintilhacHead.DFP)).isEmpty();
        assertThat(table.rows()).allSatisfy(b -> {
            assertThat(b.source()).isNotBlank();
            assertThat(b.year()).matches("\\d{4}");
            assertThat(b.version()).isNotBlank();
            assertThat(b.low()).isLessThan(b.high());
        });
    }

    @Test
    void anOperatorFileAddsRowsInTheSameFormat(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("licensed.csv");
        Files.writeString(
                file,
                "head;grade;low;high;unit;referential;source;year;version\n"
                        + "PET;2;1000;2500;EUR;Référentiel sous licence;Éditeur X;2025;op-1\n",
                StandardCharsets.UTF_8);
        BenchmarkTable table = new BenchmarkTable(file.toString());
        assertThat(table.forHead(DintilhacHead.PET))
                .singleElement()
                .satisfies(b -> assertThat(b.version()).isEqualTo("op-1"));

        Files.writeString(file, "head;grade;low;high\nPET;2;1000;2500\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new BenchmarkTable(file.toString())).hasMessageContaining("9 columns");
    }

    @Test
    void aRowWithoutSourceOrYearOrFromOniamIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("licensed.csv");
        String header = "head;grade;low;high;unit;referential;source;year;version\n";
        for (String row : new String[] {
            "PET;2;1000;2500;EUR;Référentiel X;;2025;op-1",
            "PET;2;1000;2500;EUR;Référentiel X;Éditeur X;non daté;op-1",
            "PET;2;1000;2500;EUR;;Éditeur X;2025;op-1"
        }) {
            Files.writeString(file, header + row + "\n", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> new BenchmarkTable(file.toString())).hasMessageContaining("source");
        }
        Files.writeString(
                file,
                header + "SE;1;;1098;EUR;Référentiel indicatif ONIAM;lucie-guillon-avocat.fr;2019;x\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new BenchmarkTable(file.toString())).hasMessageContaining("ONIAM");
    }

    @Test
    void aMalformedRowInTheOperatorsFileNamesTheFileAndTheLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("licensed.csv");
        Files.writeString(
                file,
                "# licensed table\nhead;grade;low;high;unit;referential;source;year;version\n"
                        + "PET;2;1000;2500;EUR;Référentiel sous licence;Éditeur X;2025;op-1\n"
                        + "PET;3;mille;3500;EUR;Référentiel sous licence;Éditeur X;2025;op-1\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new BenchmarkTable(file.toString()))
                .hasMessageStartingWith(file + ", line 4: ")
                .hasMessageContaining("PET;3;mille");

        Files.writeString(
                file,
                "head;grade;low;high;unit;referential;source;year;version\n"
                        + "XYZ;2;1000;2500;EUR;Référentiel sous licence;Éditeur X;2025;op-1\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new BenchmarkTable(file.toString()))
                .as("an unknown head")
                .hasMessageStartingWith(file + ", line 2: ");
    }

    @Test
    void aQuotedValueMayHoldTheSeparator(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("licensed.csv");
        Files.writeString(
                file,
                "head;grade;low;high;unit;referential;source;year;version\n"
                        + "PET;2;1000;2500;EUR;\"Référentiel; édition 2025\";Éditeur X;2025;op-1\n",
                StandardCharsets.UTF_8);
        assertThat(new BenchmarkTable(file.toString()).forHead(DintilhacHead.PET))
                .singleElement()
                .satisfies(b -> assertThat(b.referential()).isEqualTo("Référentiel; édition 2025"));
    }
}
