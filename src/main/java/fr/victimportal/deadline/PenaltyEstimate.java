package fr.victimportal.deadline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * @param unavailableHalfYears  half-years before the table's first row: no rate, so no estimate for them (not in
 *                              {@code slices} nor in {@code total}); the UI says "estimate not possible"
 */
public record PenaltyEstimate(
        PenaltyKind kind,
        String legalBasis,
        CreditorType creditorType,
        BigDecimal base,
        LocalDate from,
        LocalDate to,
        long days,
        List<InterestSlice> slices,
        BigDecimal total,
        boolean extrapolated,
        List<HalfYear> extrapolatedHalfYears,
        String rateTableVersion,
        List<HalfYear> unavailableHalfYears) {

    public static final String DISCLAIMER_KEY = "deadline.penalty.estimateDisclaimer";
    /** "Estimate not possible for this period": arguments are the first and last day of the period. */
    public static final String UNAVAILABLE_KEY = "deadline.penalty.unavailable";

    public PenaltyEstimate {
        slices = List.copyOf(slices);
        extrapolatedHalfYears = List.copyOf(extrapolatedHalfYears);
        unavailableHalfYears = unavailableHalfYears == null ? List.of() : List.copyOf(unavailableHalfYears);
    }

    /** False when part of the period has no legal rate in the table: {@link #total()} then leaves it out. */
    public boolean complete() {
        return unavailableHalfYears.isEmpty();
    }

    /** A stretch of days with no legal rate in the table, inside {@code from..to}. */
    public record Gap(LocalDate from, LocalDate to) {}

    /** The stretches with no rate, consecutive half-years merged, clipped to the estimate's period. */
    public List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        for (HalfYear h : unavailableHalfYears) {
            LocalDate a = h.firstDay().isBefore(from) ? from : h.firstDay();
            LocalDate b = h.lastDay().isAfter(to) ? to : h.lastDay();
            if (!gaps.isEmpty() && gaps.get(gaps.size() - 1).to().plusDays(1).equals(a)) {
                gaps.set(gaps.size() - 1, new Gap(gaps.get(gaps.size() - 1).from(), b));
            } else {
                gaps.add(new Gap(a, b));
            }
        }
        return gaps;
    }

    /** Always true: this is an estimate, never the amount due. */
    public boolean estimate() {
        return true;
    }

    public String disclaimerKey() {
        return DISCLAIMER_KEY;
    }
}
