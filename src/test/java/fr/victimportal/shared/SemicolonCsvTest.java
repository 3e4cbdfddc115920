package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.shared.SemicolonCsv.CsvFileException;
import fr.victimportal.shared.SemicolonCsv.Row;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portal's CSV files: quoting, comments, and errors that say which file and which line to fix. */
class SemicolonCsvTest {

    private static final String FILE = """
            # a comment; with a separator and a "quote"
            code;amount;label

            A;10;"Frais; divers"
            # another comment
            B;20;"Dit ""le grand""\"
            C;30;"deux
            lignes"
            D;x;quatrième
            """;

    @Test
    void quotedValuesKeepTheirSeparatorsQuotesAndLineBreaksAndEachRowKnowsItsLine() {
        List<Row> rows = SemicolonCsv.rows(new StringReader(FILE), "test.csv");
        assertThat(rows).extracting(Row::line).containsExactly(2L, 4L, 6L, 7L, 9L);
        assertThat(rows.get(1).values()).containsExactly("A", "10", "Frais; divers");
        assertThat(rows.get(2).get(2)).isEqualTo("Dit \"le grand\"");
        assertThat(rows.get(3).get(2)).isEqualTo("deux\nlignes");
    }

    @Test
    void aRowTheReaderRefusesIsReportedWithTheFileAndItsLine() {
        List<Row> rows = SemicolonCsv.rows(new StringReader(FILE), "/fr/victimportal/test.csv");
        assertThatThrownBy(() -> rows.stream()
                        .skip(1)
                        .map(r -> r.read(row -> Integer.parseInt(row.get(1))))
                        .toList())
                .isInstanceOf(CsvFileException.class)
                .hasMessageStartingWith("/fr/victimportal/test.csv, line 9: ")
                .hasMessageContaining("D;x;quatrième");
        assertThatThrownBy(() -> rows.get(1).read(row -> row.get(3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("/fr/victimportal/test.csv, line 4: column 4 is missing");
        assertThatThrownBy(() -> rows.get(2).read(row -> {
                    throw row.error("amount too high");
                }))
                .hasMessage("/fr/victimportal/test.csv, line 6: amount too high");
    }

    @Test
    void aQuoteLeftOpenOrTextAfterAClosingQuoteNamesTheFileAndLine() {
        assertThatThrownBy(() -> SemicolonCsv.rows(new StringReader("code;label\nA;\"ok\"\nB;\"x\"y\n"), "bad.csv"))
                .isInstanceOf(CsvFileException.class)
                .hasMessageStartingWith("bad.csv: ")
                .hasMessageContaining("line: 3");
    }
}
