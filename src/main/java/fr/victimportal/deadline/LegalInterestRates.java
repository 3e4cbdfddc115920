package fr.victimportal.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The half-yearly legal interest rate table (docs/legal-notes.md), read from a CSV resource so that a new arrêté means a new
 * row, never a code change. Immutable once loaded.
 *
 * <p>Format (UTF-8): {@code #} comment lines; one {@code version,<label>} line; the header
 * {@code half_year,natural_persons_percent,other_percent,source}; then one row per half-year. The source is the last
 * column and may itself contain commas.
 */
public final class LegalInterestRates {

    /** Classpath location of the table shipped with the app. */
    public static final String RESOURCE = "/fr/victimportal/deadline/legal-interest-rates.csv";

    private static final String HEADER = "half_year,natural_persons_percent,other_percent,source";

    private final String version;
    private final TreeMap<HalfYear, LegalRate> rows;

    private LegalInterestRates(String version, TreeMap<HalfYear, LegalRate> rows) {
        this.version = version;
        this.rows = rows;
    }

    /** Loads {@link #RESOURCE} from the classpath. */
    public static LegalInterestRates fromClasspath() {
        try (InputStream in = LegalInterestRates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("legal interest rate table not found on the classpath: " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses a table in the documented format; {@code name} only serves error messages. */
    public static LegalInterestRates parse(Reader reader, String name) {
        String version = null;
        boolean headerSeen = false;
        TreeMap<HalfYear, LegalRate> rows = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("version,")) {
                    version = t.substring("version,".length()).strip();
                } else if (t.equals(HEADER)) {
                    headerSeen = true;
                } else {
                    if (!headerSeen) {
                        throw bad(name, lineNo, "data before the header line '" + HEADER + "'");
                    }
                    LegalRate rate = row(t, name, lineNo);
                    if (rows.put(rate.halfYear(), rate) != null) {
                        throw bad(name, lineNo, "duplicate half-year " + rate.halfYear());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        if (version == null || version.isEmpty()) {
            throw new IllegalStateException(name + ": missing 'version,<label>' line");
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException(name + ": no rate rows");
        }
        return new LegalInterestRates(version, rows);
    }

    private static LegalRate row(String line, String name, int lineNo) {
        String[] cells = line.split(",", 4);
        if (cells.length != 4 || cells[3].isBlank()) {
            throw bad(name, lineNo, "expected 4 columns including a source: " + line);
        }
        try {
            return new LegalRate(
                    HalfYear.parse(cells[0]),
                    new BigDecimal(cells[1].strip()),
                    new BigDecimal(cells[2].strip()),
                    cells[3].strip());
        } catch (IllegalArgumentException e) {
            throw bad(name, lineNo, e.getMessage());
        }
    }

    private static IllegalStateException bad(String name, int lineNo, String why) {
        return new IllegalStateException(name + " line " + lineNo + ": " + why);
    }

    /** The table's version label, to be shown next to any estimate. */
    public String version() {
        return version;
    }

    public List<LegalRate> rows() {
        return Collections.unmodifiableList(new ArrayList<>(rows.values()));
    }

    public Optional<LegalRate> find(HalfYear halfYear) {
        return Optional.ofNullable(rows.get(halfYear));
    }

    public LegalRate earliest() {
        return rows.firstEntry().getValue();
    }

    public LegalRate latest() {
        return rows.lastEntry().getValue();
    }
}
