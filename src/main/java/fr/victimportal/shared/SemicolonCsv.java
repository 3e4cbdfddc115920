package fr.victimportal.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The portal's own data files in CSV (the benchmark ranges, the demo directory): values separated by {@code ;}, a value
 * that holds a {@code ;}, a line break or a {@code "} between double quotes (a quote doubled inside), lines starting
 * with {@code #} and blank lines ignored. A file that cannot be read, and a row its reader refuses, are reported with
 * the file's name and the row's line number, so whoever edits the file finds the line to fix. (The legal-interest
 * table keeps its own reader: the legal clock depends on nothing but Java.)
 */
public final class SemicolonCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .get();

    private SemicolonCsv() {}

    /** Every row of the file, in order; {@code source} names the file in errors (a path or a classpath resource). */
    public static List<Row> rows(Reader reader, String source) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (values.size() == 1 && values.get(0).isBlank()) {
                    continue;
                }
                // the parser stands on the row's last line; a quoted value may span several
                long breaks = values.stream()
                        .mapToLong(v -> v.chars().filter(c -> c == '\n').count())
                        .sum();
                rows.add(new Row(source, parser.getCurrentLineNumber() - breaks, values));
            }
        } catch (IOException | UncheckedIOException unreadable) {
            // e.g. a quote left open or text after a closing quote: the parser's message gives the line
            throw new CsvFileException(source + ": " + unreadable.getMessage(), unreadable);
        }
        return rows;
    }

    /** One row of a CSV file and the line it starts on (1 for the file's first line). */
    public record Row(String source, long line, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }

        public int size() {
            return values.size();
        }

        /** The value of column {@code index} (from 0), as written; a missing column is an error on this line. */
        public String get(int index) {
            if (index >= values.size()) {
                throw error("column " + (index + 1) + " is missing");
            }
            return values.get(index);
        }

        /** The row as it reads in the file (values joined by {@code ;}), for messages. */
        public String text() {
            return String.join(";", values);
        }

        /** An error on this row: the message says which file and which line. */
        public CsvFileException error(String message) {
            return new CsvFileException(source + ", line " + line + ": " + message, null);
        }

        /**
         * Reads the row with {@code reader}; what it throws (a number that is not one, an unknown code, a missing
         * column) comes out as an error naming the file and line.
         */
        public <T> T read(Function<Row, T> reader) {
            try {
                return reader.apply(this);
            } catch (CsvFileException located) {
                throw located;
            } catch (RuntimeException refused) {
                throw new CsvFileException(
                        source + ", line " + line + ": " + refused.getMessage() + " (" + text() + ")", refused);
            }
        }
    }

    /** A CSV file the portal cannot use; the message names the file and, for a row, its line. */
    public static final class CsvFileException extends IllegalStateException {

        CsvFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
