package fr.victimportal.offer;

import java.io.BufferedReader;
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
import org.springframework.beans.factory.annotation.Value;
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

    public BenchmarkTable(@Value("${portal.offer.benchmarks-file:}") String extraFile) {
        List<Benchmark> all = new ArrayList<>();
        try (InputStream in = BenchmarkTable.class.getResourceAsStream(RESOURCE)) {
            all.addAll(parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
            if (extraFile != null && !extraFile.isBlank()) {
                try (Reader reader = Files.newBufferedReader(Path.of(extraFile), StandardCharsets.UTF_8)) {
                    all.addAll(parse(reader));
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

    static List<Benchmark> parse(Reader reader) throws IOException {
        List<Benchmark> out = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        boolean header = true;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = line.split(";", -1);
            if (c.length != 9 && c.length != 11) {
                throw new IllegalStateException("Benchmark row needs 9 columns (11 for a per-point table): " + line);
            }
            if (c[5].isBlank() || c[6].isBlank() || !c[7].trim().matches("(19|20)\\d\\d")) {
                throw new IllegalStateException("A benchmark row names its référentiel, its source and its year: " + line);
            }
            if (c[5].toUpperCase(java.util.Locale.ROOT).contains("ONIAM")) {
                // ONIAM's scale is for medical accidents: not a road-accident benchmark
                throw new IllegalStateException("Only road-accident référentiels and case law, not ONIAM: " + line);
            }
            Benchmark.Unit unit = Benchmark.Unit.valueOf(c[4].trim());
            boolean banded = c.length == 11 && !c[9].isBlank() && !c[10].isBlank();
            if ((unit == Benchmark.Unit.EUR_PER_POINT) != banded) {
                throw new IllegalStateException("EUR_PER_POINT rows, and only they, give an age band and a rate band: "
                        + line);
            }
            out.add(new Benchmark(DintilhacHead.valueOf(c[0].trim()),
                    c[1].isBlank() ? null : Integer.valueOf(c[1].trim()),
                    c[2].isBlank() ? BigDecimal.ZERO : new BigDecimal(c[2].trim()), new BigDecimal(c[3].trim()),
                    unit, c[5].trim(), c[6].trim(), c[7].trim(), c[8].trim(),
                    banded ? Benchmark.Band.parse(c[9]) : null, banded ? Benchmark.Band.parse(c[10]) : null));
        }
        return out;
    }
}
