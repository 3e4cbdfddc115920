package fr.victimportal.deadline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An ESTIMATE of statutory interest: only a court fixes the penalty (and may reduce the L211-13 one for circumstances
 * not attributable to the insurer). The UI must always show {@link #disclaimerKey()}.
 *
 * @param base                  the amount interest runs on (offered or awarded amount; unpaid sums for L211-17)
 * @param from                  first day of interest: the day after the missed deadline
 * @param to                    last day counted: the offer / judgment / payment day, or "today"
 * @param days                  total days of interest (0 when the deadline was met)
 * @param slices                the computation, one slice per half-year and multiplier
 * @param total                 the sum, rounded HALF_UP to the cent at the end only
 * @param extrapolated          at least one half-year was missing from the table (see {@code extrapolatedHalfYears})
 * @param extrapolatedHalfYears half-years priced with the latest known rate
 * @param rateTableVersion      version label of the rate table used
 */
public record PenaltyEstimate(PenaltyKind kind, String legalBasis, CreditorType creditorType, BigDecimal base,
        LocalDate from, LocalDate to, long days, List<InterestSlice> slices, BigDecimal total, boolean extrapolated,
        List<HalfYear> extrapolatedHalfYears, String rateTableVersion) {

    public static final String DISCLAIMER_KEY = "deadline.penalty.estimateDisclaimer";

    public PenaltyEstimate {
        slices = List.copyOf(slices);
        extrapolatedHalfYears = List.copyOf(extrapolatedHalfYears);
    }

    /** Always true: this is an estimate, never the amount due. */
    public boolean estimate() {
        return true;
    }

    public String disclaimerKey() {
        return DISCLAIMER_KEY;
    }
}
