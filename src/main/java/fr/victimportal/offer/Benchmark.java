package fr.victimportal.offer;

import java.math.BigDecimal;

/**
 * One indicative range (DOMAIN §7), always shown with its référentiel, source, year and file version.
 *
 * @param grade {@code null} for heads without a scale (DFT per day)
 * @param low   {@code 0} when the source says "up to"
 */
public record Benchmark(DintilhacHead head, Integer grade, BigDecimal low, BigDecimal high, Unit unit,
        String referential, String source, String year, String version) {

    public enum Unit {
        EUR, EUR_PER_DAY
    }
}
