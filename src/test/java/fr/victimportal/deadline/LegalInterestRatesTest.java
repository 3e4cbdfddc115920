package fr.victimportal.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LegalInterestRatesTest {

    @Test
    void shippedTableHasTheDomainRows() {
        LegalInterestRates rates = LegalInterestRates.fromClasspath();

        assertThat(rates.version()).isNotBlank();
        assertThat(rates.rows()).extracting(r -> r.halfYear().toString())
                .containsExactly("2025-H1", "2025-H2", "2026-H1");
        assertThat(rates.find(HalfYear.parse("2025-H1")).orElseThrow().naturalPersonsPercent())
                .isEqualByComparingTo("7.21");
        assertThat(rates.find(HalfYear.parse("2025-H2")).orElseThrow().otherPercent()).isEqualByComparingTo("2.76");
        LegalRate h1_2026 = rates.find(HalfYear.parse("2026-H1")).orElseThrow();
        assertThat(h1_2026.percent(CreditorType.NATURAL_PERSON)).isEqualByComparingTo("6.67");
        assertThat(h1_2026.percent(CreditorType.OTHER)).isEqualByComparingTo("2.62");
        assertThat(rates.rows()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        assertThat(h1_2026.source()).contains("15 décembre 2025"); // UTF-8 read correctly
    }

    @Test
    void rejectsAMalformedTable() {
        assertThatThrownBy(() -> LegalInterestRates.parse(new StringReader("""
                half_year,natural_persons_percent,other_percent,source
                2025-H1,7.21,3.71,x
                """), "no-version")).hasMessageContaining("version");
        assertThatThrownBy(() -> LegalInterestRates.parse(new StringReader("""
                version,1
                half_year,natural_persons_percent,other_percent,source
                2025-H3,7.21,3.71,x
                """), "bad-half")).hasMessageContaining("line 3");
        assertThatThrownBy(() -> LegalInterestRates.parse(new StringReader("""
                version,1
                half_year,natural_persons_percent,other_percent,source
                2025-H1,7.21,3.71
                """), "no-source")).hasMessageContaining("source");
    }

    @Test
    void halfYears() {
        assertThat(HalfYear.of(java.time.LocalDate.of(2025, 6, 30))).isEqualTo(new HalfYear(2025, 1));
        assertThat(HalfYear.of(java.time.LocalDate.of(2025, 7, 1))).isEqualTo(new HalfYear(2025, 2));
        assertThat(new HalfYear(2025, 2).next()).isEqualTo(new HalfYear(2026, 1));
        assertThat(new HalfYear(2025, 2).lastDay()).isEqualTo("2025-12-31");
    }
}
