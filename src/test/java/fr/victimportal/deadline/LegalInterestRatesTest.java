package fr.victimportal.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalInterestRatesTest {

    @Test
    void shippedTableHasTheDomainRows() {
        LegalInterestRates rates = LegalInterestRates.fromClasspath();

        assertThat(rates.version()).isNotBlank();
        // every half-year from 2000-H1 to 2026-H1, no gap
        assertThat(rates.earliest().halfYear()).hasToString("2000-H1");
        assertThat(rates.latest().halfYear()).hasToString("2026-H1");
        assertThat(rates.rows()).hasSize(53);
        assertThat(rates.find(HalfYear.parse("2025-H1")).orElseThrow().naturalPersonsPercent())
                .isEqualByComparingTo("7.21");
        assertThat(rates.find(HalfYear.parse("2025-H2")).orElseThrow().otherPercent())
                .isEqualByComparingTo("2.76");
        LegalRate h1_2026 = rates.find(HalfYear.parse("2026-H1")).orElseThrow();
        assertThat(h1_2026.percent(CreditorType.NATURAL_PERSON)).isEqualByComparingTo("6.67");
        assertThat(h1_2026.percent(CreditorType.OTHER)).isEqualByComparingTo("2.62");
        assertThat(rates.rows()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        assertThat(h1_2026.source()).contains("15 décembre 2025"); // UTF-8 read correctly
    }

    /** The published rates (arrêtés since 2015, one décret a year before), both creditor columns. */
    @ParameterizedTest(name = "{0}: {1} % / {2} %")
    @CsvSource({
        "2000-H1, 2.74, 2.74, 2000",
        "2001-H2, 4.26, 4.26, 2001",
        "2002-H1, 4.26, 4.26, 2002",
        "2003-H1, 3.29, 3.29, 2003",
        "2004-H2, 2.27, 2.27, 2004",
        "2005-H1, 2.05, 2.05, 2005-130",
        "2006-H1, 2.11, 2.11, 2006",
        "2007-H2, 2.95, 2.95, 2007",
        "2008-H1, 3.99, 3.99, 2008",
        "2009-H2, 3.79, 3.79, 2009-138",
        "2010-H1, 0.65, 0.65, 2010-127",
        "2011-H2, 0.38, 0.38, 2011",
        "2012-H1, 0.71, 0.71, 2012-182",
        "2012-H2, 0.71, 0.71, 2012-182",
        "2013-H1, 0.04, 0.04, 2013-178",
        "2014-H2, 0.04, 0.04, 2014-98",
        "2015-H1, 4.06, 0.93, 23 décembre 2014",
        "2015-H2, 4.29, 0.99, 24 juin 2015",
        "2016-H1, 4.54, 1.01, 23 décembre 2015",
        "2016-H2, 4.35, 0.93, 24 juin 2016",
        "2017-H1, 4.16, 0.90, 29 décembre 2016",
        "2017-H2, 3.94, 0.90, 26 juin 2017",
        "2018-H1, 3.73, 0.89, 28 décembre 2017",
        "2018-H2, 3.60, 0.88, 27 juin 2018",
        "2019-H1, 3.40, 0.86, 21 décembre 2018",
        "2019-H2, 3.26, 0.87, 26 juin 2019",
        "2020-H1, 3.15, 0.87, 23 décembre 2019",
        "2020-H2, 3.11, 0.84, 15 juin 2020",
        "2021-H1, 3.14, 0.79, arrêté",
        "2021-H2, 3.12, 0.76, arrêté",
        "2022-H1, 3.13, 0.76, 26 décembre 2021",
        "2022-H2, 3.15, 0.77, 27 juin 2022",
        "2023-H1, 4.47, 2.06, 26 décembre 2022",
        "2023-H2, 6.82, 4.22, 27 juin 2023",
        "2024-H1, 8.01, 5.07, arrêté",
        "2024-H2, 8.16, 4.92, 26 juin 2024",
        "2025-H1, 7.21, 3.71, 17 décembre 2024",
        "2025-H2, 6.65, 2.76, 19 juin 2025",
        "2026-H1, 6.67, 2.62, 15 décembre 2025"
    })
    void publishedRates(String halfYear, String naturalPersons, String other, String citation) {
        LegalRate rate = LegalInterestRates.fromClasspath()
                .find(HalfYear.parse(halfYear))
                .orElseThrow();
        assertThat(rate.percent(CreditorType.NATURAL_PERSON)).isEqualByComparingTo(naturalPersons);
        assertThat(rate.percent(CreditorType.OTHER)).isEqualByComparingTo(other);
        assertThat(rate.source())
                .contains(citation)
                .containsAnyOf(HalfYear.parse(halfYear).year() < 2015 ? "décret" : "arrêté");
    }

    @Test
    void rejectsAMalformedTable() {
        assertThatThrownBy(() -> LegalInterestRates.parse(new StringReader("""
                half_year,natural_persons_percent,other_percent,source
                2025-H1,7.21,3.71,x
                """), "no-version"))
                .hasMessageContaining("version");
        assertThatThrownBy(() -> LegalInterestRates.parse(new StringReader("""
                version,1
                half_year,natural_persons_percent,other_percent,source
                2025-H3,7.21,3.71,x
                """), "bad-half"))
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> LegalInterestRates.parse(new StringReader("""
                version,1
                half_year,natural_persons_percent,other_percent,source
                2025-H1,7.21,3.71
                """), "no-source"))
                .hasMessageContaining("source");
    }

    @Test
    void halfYears() {
        assertThat(HalfYear.of(LocalDate.of(2025, 6, 30))).isEqualTo(new HalfYear(2025, 1));
        assertThat(HalfYear.of(LocalDate.of(2025, 7, 1))).isEqualTo(new HalfYear(2025, 2));
        assertThat(new HalfYear(2025, 2).next()).isEqualTo(new HalfYear(2026, 1));
        assertThat(new HalfYear(2025, 2).lastDay()).isEqualTo("2025-12-31");
    }
}
