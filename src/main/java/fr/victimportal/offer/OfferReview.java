package fr.victimportal.offer;

import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.PenaltyEstimate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the portal can say about an offer (docs/legal-notes.md): what R211-40 requires and the letter lacks, whether it came
 * in time (L211-9) and if not an L211-13 estimate, and each head next to the indicative ranges.
 *
 * @param missing    each missing element, in the order of R211-40
 * @param timeliness the offer deadlines it was held against
 * @param benchmarks one entry per head that has (or should have) a benchmark
 * @param notOffered the Dintilhac heads the offer does not evaluate (of the heads its addressee may be offered)
 * @param claimant   for an offer to a relative or heir (issue 24): the death, art. 6; else {@code null}
 */
public record OfferReview(
        OfferFile offer,
        List<Missing> missing,
        Timeliness timeliness,
        List<HeadBenchmark> benchmarks,
        List<DintilhacHead> notOffered,
        ClaimantReview claimant) {

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
        /** R211-40: a third-party payer's claim on a head without the payer named. */
        PAYER_NOT_NAMED,
        /** R211-40 / docs/legal-notes.md: a head the expert's report retains that the offer does not evaluate. */
        REPORT_HEAD_OMITTED,
        /** The offer evaluates a graded head (SE, PET, PEP) at another grade than the report's. */
        REPORT_GRADE_DIFFERS
    }

    /** @param head the head concerned, or {@code null} for the whole offer */
    public record Missing(MissingElement element, DintilhacHead head) {}

    /** Which L211-9 rule governs this offer, given the claim's earlier offers and their kind (al. 2 and 3). */
    public enum Basis {
        /** The 8-month deadline (and the 3-month and 5-month ones where they apply). */
        STANDARD,
        /** A provisional offer while the insurer knew of the consolidation within 3 months: it does not meet al. 2. */
        PROVISIONAL_NOT_ALLOWED,
        /** A provisional offer allowed by al. 3: the definitive offer is still due (5 months from the notice). */
        PROVISIONAL_DEFINITIVE_DUE,
        /** A definitive offer after a provisional one made within 8 months: the 5-month deadline governs. */
        AFTER_PROVISIONAL_IN_TIME,
        /** As above, but the day the insurer learned of the consolidation is not recorded: the 5 months cannot run. */
        AFTER_PROVISIONAL_NO_CONSOLIDATION_DATE,
        /** An heir's offer after a recorded death: the heirs' 8-month deadline, extended by R211-30. */
        HEIRS_AFTER_DEATH,
        /** A relative of a living victim: the law fixes no date the portal can count; nothing is checked. */
        RELATIVE_NO_DATE
    }

    /**
     * @param checked     the L211-9 deadlines that apply to this offer (each must be met, D14)
     * @param missed      the first one the offer came after (or, for a provisional offer that does not count, the
     *                    8-month one once passed), or {@code null}
     * @param penalty     the L211-13 estimate on the indemnity offered after the fault reduction, when late
     * @param aggravation the offer answers an aggravation: whether the L211-9 deadlines bind the insurer then is not
     *                    settled law (docs/legal-notes.md, ❌), so nothing is checked and the screen says so
     * @param basis       the rule applied
     * @param basisDate   PROVISIONAL_NOT_ALLOWED: the day the insurer learned of the consolidation; AFTER_PROVISIONAL_*:
     *                    the earlier provisional offer's date; HEIRS_AFTER_DEATH: the heirs' extended date;
     *                    RELATIVE_NO_DATE: the direct victim's own 8-month date, as context only
     * @param definitive  for a provisional offer: the 5-month deadline of the definitive offer, when known
     */
    public record Timeliness(
            List<Deadline> checked,
            Deadline missed,
            PenaltyEstimate penalty,
            boolean aggravation,
            Basis basis,
            LocalDate basisDate,
            Deadline definitive) {
        public boolean late() {
            return missed != null;
        }

        /** Whether "in time" may be said: never for a relative of a living victim, nor without a date to compare. */
        public boolean showsOnTime() {
            return !late()
                    && basis != Basis.PROVISIONAL_NOT_ALLOWED
                    && basis != Basis.AFTER_PROVISIONAL_NO_CONSOLIDATION_DATE
                    && basis != Basis.RELATIVE_NO_DATE
                    && !(basis == Basis.HEIRS_AFTER_DEATH && checked.isEmpty());
        }

        /** The text of a relative's or heir's basis (issue 24), its argument the date in {@link #basisDate}. */
        public String claimantBasisKey() {
            if (basis == Basis.HEIRS_AFTER_DEATH) {
                return basisDate == null ? "offer.claimant.heirs.noDate" : "offer.claimant.heirs.deadline";
            }
            return basisDate == null ? "offer.claimant.living.noDate" : "offer.claimant.living.context";
        }
    }

    public enum Position {
        BELOW,
        WITHIN,
        ABOVE
    }

    /** @param compared the amount compared (the head's gross amount, or per day for DFT) */
    public record Comparison(Benchmark benchmark, BigDecimal low, BigDecimal high, Position position) {}

    public enum Status {
        /** Compared with at least one range. */
        COMPARED,
        /** The grade on 7 (or DFT days) was not recorded, so no comparison is possible. */
        NEEDS_GRADE,
        /** No range is loaded for this head (DFP: none shipped, docs/legal-notes.md). */
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
