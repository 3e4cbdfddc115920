package fr.victimportal.offer;

import fr.victimportal.claim.DintilhacHead;
import java.math.BigDecimal;

/**
 * One indicative range (docs/legal-notes.md), always shown with its référentiel, source, year and file version.
 *
 * @param grade {@code null} for heads without a scale (DFT per day)
 * @param low      {@code 0} when the source says "up to"
 * @param ageBand  for a per-point table (DFP): the victim's age at consolidation the row applies to, else {@code null}
 * @param rateBand for a per-point table (DFP): the DFP rates (per cent) the row applies to, else {@code null}
 */
public record Benchmark(
        DintilhacHead head,
        Integer grade,
        BigDecimal low,
        BigDecimal high,
        Unit unit,
        String referential,
        String source,
        String year,
        String version,
        Band ageBand,
        Band rateBand) {

    public Benchmark(
            DintilhacHead head,
            Integer grade,
            BigDecimal low,
            BigDecimal high,
            Unit unit,
            String referential,
            String source,
            String year,
            String version) {
        this(head, grade, low, high, unit, referential, source, year, version, null, null);
    }

    public enum Unit {
        EUR,
        EUR_PER_DAY,
        /** Euros per point of DFP rate, by age band and rate band (the référentiels' "valeur du point"). */
        EUR_PER_POINT
    }

    /** An inclusive range of whole numbers, written "31-40" in the file. */
    public record Band(int from, int to) {
        public boolean contains(int value) {
            return value >= from && value <= to;
        }

        static Band parse(String text) {
            String[] ends = text.trim().split("-");
            if (ends.length != 2) {
                throw new IllegalStateException("A band is written from-to, e.g. 31-40: " + text);
            }
            return new Band(Integer.parseInt(ends[0].trim()), Integer.parseInt(ends[1].trim()));
        }
    }
}
