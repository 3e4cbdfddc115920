package fr.victimportal.expertise;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.claim.ReportFacts.DftPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The DFT days the report page states: each period counted day for day, weighted by its class. */
class ReportInputTest {

    @Test
    void daysAtAPartialClassCountInProportionAndBothEndsOfAPeriodCount() {
        ReportInput report = new ReportInput(
                LocalDate.of(2026, 6, 1),
                null,
                List.of(
                        new DftPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10), 100),
                        new DftPeriod(LocalDate.of(2026, 1, 11), LocalDate.of(2026, 1, 20), 50),
                        new DftPeriod(LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 22), 25)),
                null,
                null,
                null,
                null,
                Set.of());

        assertThat(report.dftFullDays()).isEqualByComparingTo(new BigDecimal("15.5"));
    }

    @Test
    void aReportWithoutDftCountsNoDay() {
        ReportInput report = new ReportInput(LocalDate.of(2026, 6, 1), null, List.of(), null, null, null, 12, Set.of());

        assertThat(report.dftFullDays()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
