package fr.victimportal.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed figures (also re-done with python3 decimal): amount × multiplier × rate% × days / days-in-year per
 * half-year slice, rounded HALF_UP to the cent at the end only. Rates from the shipped table (docs/legal-notes.md).
 */
class PenaltyEstimatorTest {

    private final PenaltyEstimator estimator = PenaltyEstimator.withClasspathRates();

    @Test
    void lateOfferWithinOneHalfYear() {
        // Deadline Mon 30 Jun 2025 missed, offer 30 Sep: 1 Jul..30 Sep = 92 days in H2 2025 at 6.65 %.
        // 10 000 × 2 × 6.65 % × 92 / 365 = 1 330 × 92 / 365 = 335.2329 -> 335.23 €.
        PenaltyEstimate e =
                estimator.lateOffer(new BigDecimal("10000"), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 30));

        assertThat(e.total()).isEqualByComparingTo("335.23");
        assertThat(e.days()).isEqualTo(92);
        assertThat(e.from()).isEqualTo("2025-07-01");
        assertThat(e.slices()).singleElement().satisfies(s -> {
            assertThat(s.halfYear()).isEqualTo(new HalfYear(2025, 2));
            assertThat(s.annualRatePercent()).isEqualByComparingTo("6.65");
            assertThat(s.multiplier()).isEqualByComparingTo("2");
            assertThat(s.daysInYear()).isEqualTo(365);
        });
        assertThat(e.estimate()).isTrue();
        assertThat(e.disclaimerKey()).isEqualTo("deadline.penalty.estimateDisclaimer");
        assertThat(e.extrapolated()).isFalse();
        assertThat(e.legalBasis()).isEqualTo("C. assur. art. L211-13");
    }

    @Test
    void lateOfferAcrossThreeHalfYears() {
        // Deadline 31 May 2025, offer 15 Feb 2026, 50 000 €:
        //   H1 2025  1 Jun..30 Jun   30 d × 7.21 % × 2 = 7 210 × 30 / 365  =   592.6027
        //   H2 2025  1 Jul..31 Dec  184 d × 6.65 % × 2 = 6 650 × 184 / 365 = 3 352.3288
        //   H1 2026  1 Jan..15 Feb   46 d × 6.67 % × 2 = 6 670 × 46 / 365  =   840.6027
        //   total 4 785.5342 -> 4 785.53 €
        PenaltyEstimate e =
                estimator.lateOffer(new BigDecimal("50000"), LocalDate.of(2025, 5, 31), LocalDate.of(2026, 2, 15));

        assertThat(e.slices()).extracting(InterestSlice::days).containsExactly(30L, 184L, 46L);
        assertThat(e.total()).isEqualByComparingTo("4785.53");
        assertThat(e.days()).isEqualTo(260);
    }

    @Test
    void missingFutureHalfYearUsesTheLatestRateAndIsFlagged() {
        // Deadline 15 Jun 2026, today 14 Aug 2026. H2 2026 is not in the table yet.
        //   H1 2026 16..30 Jun  15 d × 6.67 % × 2 = 1 334 × 15 / 365 =  54.8219
        //   H2 2026 1 Jul..14 Aug 45 d at the latest known rate 6.67 % = 1 334 × 45 / 365 = 164.4658
        //   total 219.2877 -> 219.29 €, flagged as extrapolated.
        PenaltyEstimate e =
                estimator.lateOffer(new BigDecimal("10000"), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 8, 14));

        assertThat(e.total()).isEqualByComparingTo("219.29");
        assertThat(e.extrapolated()).isTrue();
        assertThat(e.extrapolatedHalfYears()).containsExactly(new HalfYear(2026, 2));
        assertThat(e.slices().get(0).extrapolated()).isFalse();
        assertThat(e.slices().get(1).extrapolated()).isTrue();
        assertThat(e.slices().get(1).rateSource()).startsWith("extrapolated from 2026-H1");
    }

    @Test
    void aHalfYearWithNoRateIsLeftOutAndNamedInsteadOfFailing() {
        // Test table starting in 2025-H1: the 2024-H2 days have no rate. 1 Nov 2024 .. 1 Mar 2025.
        PenaltyEstimator fromTwentyFive = new PenaltyEstimator(LegalInterestRates.parse(new StringReader("""
                version,test
                half_year,natural_persons_percent,other_percent,source
                2025-H1,7.21,3.71,test fixture
                """), "test"));
        PenaltyEstimate e =
                fromTwentyFive.lateOffer(new BigDecimal("10000"), LocalDate.of(2024, 10, 31), LocalDate.of(2025, 3, 1));
        assertThat(e.complete()).isFalse();
        assertThat(e.unavailableHalfYears()).extracting(HalfYear::toString).containsExactly("2024-H2");
        assertThat(e.gaps())
                .containsExactly(new PenaltyEstimate.Gap(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 31)));
        // Only 1 Jan .. 1 Mar 2025 (60 days) is priced: 10 000 × 2 × 7.21 % × 60 / 365 = 237.04 €.
        assertThat(e.slices())
                .singleElement()
                .satisfies(s -> assertThat(s.halfYear()).hasToString("2025-H1"));
        assertThat(e.total()).isEqualByComparingTo("237.04");
    }

    @Test
    void deadlineMetMeansNoInterest() {
        PenaltyEstimate e =
                estimator.lateOffer(new BigDecimal("10000"), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30));
        assertThat(e.total()).isEqualByComparingTo("0.00");
        assertThat(e.slices()).isEmpty();
        assertThat(e.days()).isZero();
    }

    @Test
    void latePaymentIsOneAndAHalfTimesForTwoMonthsThenDouble() {
        // Payment due Mon 10 Mar 2025, paid 20 Jul 2025, 20 000 € unpaid.
        //   11 Mar..10 May  61 d × 7.21 % × 1.5 = 2 163 × 61 / 365 = 361.4877
        //   11 May..30 Jun  51 d × 7.21 % × 2   = 2 884 × 51 / 365 = 402.9699
        //   1 Jul..20 Jul   20 d × 6.65 % × 2   = 2 660 × 20 / 365 = 145.7534
        //   total 910.2110 -> 910.21 €
        PenaltyEstimate e =
                estimator.latePayment(new BigDecimal("20000"), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 7, 20));

        assertThat(e.kind()).isEqualTo(PenaltyKind.LATE_PAYMENT);
        assertThat(e.slices())
                .extracting(InterestSlice::multiplier)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1.5"), new BigDecimal("2"), new BigDecimal("2"));
        assertThat(e.slices()).extracting(InterestSlice::days).containsExactly(61L, 51L, 20L);
        assertThat(e.total()).isEqualByComparingTo("910.21");
    }

    @Test
    void leapYearsDivideBy366() {
        // Test-only table with a fictitious 5 % rate for H1 2024 (not a real rate).
        // 1 Feb..1 Mar 2024 = 30 days: 36 600 × 2 × 5 % × 30 / 366 = 300.00 € exactly.
        LegalInterestRates fictitious = LegalInterestRates.parse(new StringReader("""
                version,test
                half_year,natural_persons_percent,other_percent,source
                2024-H1,5.00,1.00,test fixture, not a real rate
                """), "test");
        PenaltyEstimate e = new PenaltyEstimator(fictitious)
                .lateOffer(new BigDecimal("36600"), LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 1));
        assertThat(e.slices().get(0).daysInYear()).isEqualTo(366);
        assertThat(e.total()).isEqualByComparingTo("300.00");
        assertThat(e.rateTableVersion()).isEqualTo("test");
    }

    @Test
    void otherCreditorsUseTheOtherRate() {
        // 10 000 × 2 × 2.76 % × 92 / 365 = 552 × 92 / 365 = 139.1342 -> 139.13 €
        PenaltyEstimate e = estimator.lateOffer(
                new BigDecimal("10000"), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 30), CreditorType.OTHER);
        assertThat(e.total()).isEqualByComparingTo("139.13");
    }

    @Test
    void rejectsANegativeAmount() {
        assertThatThrownBy(() ->
                        estimator.lateOffer(new BigDecimal("-1"), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 9, 30)))
                .isInstanceOfSatisfying(
                        DeadlineInputException.class,
                        ex -> assertThat(ex.field()).isEqualTo("amount"));
    }
}
