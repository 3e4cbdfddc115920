package fr.victimportal.offer;

import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.shared.PortalProperties;
import fr.victimportal.shared.SemicolonCsv;
import fr.victimportal.shared.SemicolonCsv.Row;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The benchmark ranges: the versioned file shipped on the classpath, plus, when the operator sets
 * {@code portal.offer.benchmarks-file}, the rows of a licensed référentiel table in the same format (e.g. DFP, which
 * the project could not obtain and never invents).
 */
@Component
public class BenchmarkTable {

    public static final String RESOURCE = "/fr/victimportal/offer/benchmarks.csv";

    private final List<Benchmark> rows;

    @Autowired
    public BenchmarkTable(PortalProperties properties) {
        this(properties.offer().benchmarksFile());
    }

    /** The shipped rows, plus those of {@code extraFile} unless it is null or blank. */
    public BenchmarkTable(String extraFile) {
        List<Benchmark> all = new ArrayList<>();
        try (InputStream in = BenchmarkTable.class.getResourceAsStream(RESOURCE)) {
            all.addAll(parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE));
            if (extraFile != null && !extraFile.isBlank()) {
                try (Reader reader = Files.newBufferedReader(Path.of(extraFile), StandardCharsets.UTF_8)) {
                    all.addAll(parse(reader, extraFile));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.rows = List.copyOf(all);
    }

    public List<Benchmark> rows() {
        return rows;
    }

    public List<Benchmark> forHead(DintilhacHead head) {
        return rows.stream().filter(b -> b.head() == head).toList();
    }

    /**
     * The rows of one benchmark file after its header line; {@code source} names the file in errors, which give the
     * line to fix.
     */
    static List<Benchmark> parse(Reader reader, String source) {
        List<Row> rows = SemicolonCsv.rows(reader, source);
        return rows.stream()
                .skip(1)
                .map(row -> row.read(BenchmarkTable::benchmark))
                .toList();
    }

    private static Benchmark benchmark(Row c) {
        if (c.size() != 9 && c.size() != 11) {
            throw c.error("Benchmark row needs 9 columns (11 for a per-point table): " + c.text());
        }
        if (c.get(5).isBlank() || c.get(6).isBlank() || !c.get(7).trim().matches("(19|20)\\d\\d")) {
            throw c.error("A benchmark row names its référentiel, its source and its year: " + c.text());
        }
        if (c.get(5).toUpperCase(Locale.ROOT).contains("ONIAM")) {
            // ONIAM's scale is for medical accidents: not a road-accident benchmark
            throw c.error("Only road-accident référentiels and case law, not ONIAM: " + c.text());
        }
        Benchmark.Unit unit = Benchmark.Unit.valueOf(c.get(4).trim());
        boolean banded = c.size() == 11 && !c.get(9).isBlank() && !c.get(10).isBlank();
        if ((unit == Benchmark.Unit.EUR_PER_POINT) != banded) {
            throw c.error("EUR_PER_POINT rows, and only they, give an age band and a rate band: " + c.text());
        }
        return new Benchmark(
                DintilhacHead.valueOf(c.get(0).trim()),
                c.get(1).isBlank() ? null : Integer.valueOf(c.get(1).trim()),
                c.get(2).isBlank() ? BigDecimal.ZERO : new BigDecimal(c.get(2).trim()),
                new BigDecimal(c.get(3).trim()),
                unit,
                c.get(5).trim(),
                c.get(6).trim(),
                c.get(7).trim(),
                c.get(8).trim(),
                banded ? Benchmark.Band.parse(c.get(9)) : null,
                banded ? Benchmark.Band.parse(c.get(10)) : null);
    }
}
