package fr.victimportal.offer;

import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.PenaltyEstimate;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the portal can say about an offer (DOMAIN §5.3): what R211-40 requires and the letter lacks, whether it came
 * in time (L211-9) and if not an L211-13 estimate, and each head next to the indicative ranges.
 *
 * @param missing    each missing element, in the order of R211-40
 * @param timeliness the offer deadlines it was held against
 * @param benchmarks one entry per head that has (or should have) a benchmark
 * @param notOffered the Dintilhac heads the offer does not evaluate
 */
public record OfferReview(OfferFile offer, List<Missing> missing, Timeliness timeliness,
        List<HeadBenchmark> benchmarks, List<DintilhacHead> notOffered) {

    public enum MissingElement {
        /** R211-40: copies of the third-party payers' statements. */
        PAYER_STATEMENTS,
        /** R211-40: a reduction or exclusion without its reasons. */
        REDUCTION_REASON,
        /** L211-16: the 15-day withdrawal right in very conspicuous type. */
        WITHDRAWAL_RIGHT,
        /** L211-9 al. 2: property damage not yet settled. */
        PROPERTY_DAMAGE,
        /** L211-9 al. 3: provisional or definitive. */
        KIND,
        /** L211-15: minors and protected adults need a judge's authorisation. */
        JUDICIAL_AUTHORISATION,
        /** R211-40 / DOMAIN §5.3: a head the expert's report retains that the offer does not evaluate. */
        REPORT_HEAD_OMITTED,
        /** The offer evaluates a graded head (SE, PET, PEP) at another grade than the report's. */
        REPORT_GRADE_DIFFERS
    }

    /** @param head the head concerned, or {@code null} for the whole offer */
    public record Missing(MissingElement element, DintilhacHead head) {
    }

    /**
     * @param checked the L211-9 deadlines that apply to this offer (each must be met, D14)
     * @param missed  the first one the offer came after, or {@code null} when it was on time
     * @param penalty the L211-13 estimate on the offered amount, when late
     */
    /**
     * @param aggravation the offer answers an aggravation: whether the L211-9 deadlines bind the insurer then is not
     *                    settled law (DOMAIN §3.5, ❌), so nothing is checked and the screen says so
     */
    public record Timeliness(List<Deadline> checked, Deadline missed, PenaltyEstimate penalty, boolean aggravation) {
        public boolean late() {
            return missed != null;
        }
    }

    public enum Position {
        BELOW, WITHIN, ABOVE
    }

    /** @param compared the amount compared (the head's gross amount, or per day for DFT) */
    public record Comparison(Benchmark benchmark, BigDecimal low, BigDecimal high, Position position) {
    }

    public enum Status {
        /** Compared with at least one range. */
        COMPARED,
        /** The grade on 7 (or DFT days) was not recorded, so no comparison is possible. */
        NEEDS_GRADE,
        /** No range is loaded for this head (DFP: none shipped, DOMAIN §7.1). */
        NO_BENCHMARK
    }

    public record HeadBenchmark(DintilhacHead head, Status status, BigDecimal compared, List<Comparison> comparisons) {
        public boolean below() {
            return comparisons.stream().anyMatch(c -> c.position() == Position.BELOW);
        }
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
