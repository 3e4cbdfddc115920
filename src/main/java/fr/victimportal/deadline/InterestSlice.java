package fr.victimportal.deadline;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Interest for one stretch of days with a single rate and multiplier, always inside one half-year.
 *
 * @param from              first day of interest (inclusive)
 * @param to                last day of interest (inclusive)
 * @param days              number of days, {@code to − from + 1}
 * @param daysInYear        365, or 366 in a leap year (the divisor used)
 * @param annualRatePercent the legal rate used for this half-year
 * @param multiplier        2 (L211-13, L211-17 after two months) or 1.5 (L211-17 first two months)
 * @param amount            interest in euros, unrounded (the total alone is rounded to the cent)
 * @param extrapolated      the table had no row for this half-year: the latest known rate was used
 * @param rateSource        the table row's source, or the extrapolation's
 */
public record InterestSlice(
        HalfYear halfYear,
        LocalDate from,
        LocalDate to,
        long days,
        int daysInYear,
        BigDecimal annualRatePercent,
        BigDecimal multiplier,
        BigDecimal amount,
        boolean extrapolated,
        String rateSource) {}
