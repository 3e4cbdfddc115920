package fr.victimportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shape of the export's JSON files, which the person keeps and may load elsewhere. */
class ExportJsonTest {

    enum Kind {
        FINAL {
            @Override
            public String toString() {
                return "définitive";
            }
        }
    }

    record Line(String head, BigDecimal amount) {}

    record Sample(
            String name,
            LocalDate date,
            LocalTime time,
            Instant at,
            BigDecimal rounded,
            BigDecimal large,
            Kind kind,
            Locale language,
            Optional<String> note,
            Integer missing,
            boolean flag,
            List<Line> lines,
            List<String> none) {

        /** A derived value: not one of the record's components, so not in the file. */
        public BigDecimal getTotal() {
            return rounded.add(large);
        }
    }

    @Test
    void aRecordIsWrittenComponentByComponentWithIsoDatesPlainAmountsAndEnumNames() {
        Sample sample = new Sample(
                "Inès \"Roux\"\n",
                LocalDate.of(2026, 9, 1),
                LocalTime.of(10, 30),
                Instant.parse("2026-09-01T08:00:00Z"),
                new BigDecimal("1000.00"),
                new BigDecimal("1E+3"),
                Kind.FINAL,
                Locale.FRENCH,
                Optional.empty(),
                null,
                true,
                List.of(new Line("DFT", new BigDecimal("0.50"))),
                List.of());

        assertThat(ExportJson.write(sample)).isEqualTo("""
                {
                  "name": "Inès \\"Roux\\"\\n",
                  "date": "2026-09-01",
                  "time": "10:30",
                  "at": "2026-09-01T08:00:00Z",
                  "rounded": 1000.00,
                  "large": 1000,
                  "kind": "FINAL",
                  "language": "fr",
                  "note": null,
                  "missing": null,
                  "flag": true,
                  "lines": [
                    {
                      "head": "DFT",
                      "amount": 0.50
                    }
                  ],
                  "none": []
                }
                """);
    }
}
