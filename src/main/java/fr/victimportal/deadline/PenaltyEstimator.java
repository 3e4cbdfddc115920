package fr.victimportal.deadline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Estimates the L211-13 and L211-17 interest (docs/legal-notes.md): Σ over half-year slices of
 * base × multiplier × rate × days / days-in-year. Immutable and thread-safe.
 *
 * <p>Choices, all visible in the result: interest runs from the day after the deadline's effective (CPC 642) last
 * day up to and including the end day; the divisor is the actual length of the slice's calendar year (365, or 366 in
 * a leap year: an annual rate spread over the year's real days); slices keep 10 decimals and only the total is
 * rounded, HALF_UP to the cent. A half-year after the table's last row is priced at the latest known rate and flagged
 * as extrapolated (the arrêté is not out yet); a half-year before its last row
 * with no row of its own (before the first row, or a gap) is left out of the total and reported
 * as "estimate not possible for this period" ({@link PenaltyEstimate#unavailableHalfYears()}), because old rates
 * differ too much to guess, and no page may fail for an old claim.
 */
public final class PenaltyEstimator {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SLICE_SCALE = 10;

    private final LegalInterestRates rates;

    public PenaltyEstimator(LegalInterestRates rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /** With the table shipped on the classpath. */
    public static PenaltyEstimator withClasspathRates() {
        return new PenaltyEstimator(LegalInterestRates.fromClasspath());
    }

    /**
     * L211-13: double the legal rate on the amount offered by the insurer or awarded by the judge, from the expiry
     * of the missed L211-9 deadline to the day of the offer or of the final judgment, for a natural-person creditor.
     *
     * @param missedDeadline the missed offer deadline's effective due date ({@link Deadline#dueDate()})
     * @param end            the offer day, the final judgment day, or "today" while there is still no offer
     */
    public PenaltyEstimate lateOffer(BigDecimal base, LocalDate missedDeadline, LocalDate end) {
        return lateOffer(base, missedDeadline, end, CreditorType.NATURAL_PERSON);
    }

    public PenaltyEstimate lateOffer(BigDecimal base, LocalDate missedDeadline, LocalDate end, CreditorType creditor) {
        validate(base, "missedDeadline", missedDeadline, end, creditor);
        return estimate(PenaltyKind.LATE_OFFER, base, missedDeadline, end, creditor, null);
    }

    /**
     * L211-17: unpaid sums bear the legal rate +50 % for two months after the payment due date, then double.
     *
     * @param paymentDueDate the {@link DeadlineCode#PAYMENT} effective due date
     * @param end            the payment day, or "today" while unpaid
     */
    public PenaltyEstimate latePayment(BigDecimal unpaid, LocalDate paymentDueDate, LocalDate end) {
        return latePayment(unpaid, paymentDueDate, end, CreditorType.NATURAL_PERSON);
    }

    public PenaltyEstimate latePayment(
            BigDecimal unpaid, LocalDate paymentDueDate, LocalDate end, CreditorType creditor) {
        validate(unpaid, "paymentDueDate", paymentDueDate, end, creditor);
        // "durant deux mois": a length of time, not a period to act in, so no CPC 642 roll at the two-month mark.
        return estimate(PenaltyKind.LATE_PAYMENT, unpaid, paymentDueDate, end, creditor, paymentDueDate.plusMonths(2));
    }

    /** @param lastHalfRateDay last day at 1.5 × the rate, or {@code null} when the whole period is at 2 × */
    private PenaltyEstimate estimate(
            PenaltyKind kind,
            BigDecimal base,
            LocalDate deadline,
            LocalDate end,
            CreditorType creditor,
            LocalDate lastHalfRateDay) {
        LocalDate from = deadline.plusDays(1);
        List<InterestSlice> slices = new ArrayList<>();
        List<HalfYear> extrapolated = new ArrayList<>();
        List<HalfYear> unavailable = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate day = from;
        while (!day.isAfter(end)) {
            HalfYear half = HalfYear.of(day);
            LocalDate to = min(end, half.lastDay());
            BigDecimal multiplier = TWO;
            if (lastHalfRateDay != null && !day.isAfter(lastHalfRateDay)) {
                multiplier = ONE_AND_A_HALF;
                to = min(to, lastHalfRateDay);
            }
            if (rates.find(half).isEmpty() && half.compareTo(rates.latest().halfYear()) < 0) {
                if (!unavailable.contains(half)) {
                    unavailable.add(half);
                }
                day = to.plusDays(1);
                continue;
            }
            InterestSlice slice = slice(base, half, day, to, multiplier, creditor);
            if (slice.extrapolated() && !extrapolated.contains(half)) {
                extrapolated.add(half);
            }
            slices.add(slice);
            sum = sum.add(slice.amount());
            day = to.plusDays(1);
        }
        long days = end.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, end) + 1;
        return new PenaltyEstimate(
                kind,
                kind.legalBasis(),
                creditor,
                base,
                from,
                end,
                days,
                slices,
                sum.setScale(2, RoundingMode.HALF_UP),
                !extrapolated.isEmpty(),
                extrapolated,
                rates.version(),
                unavailable);
    }

    private InterestSlice slice(
            BigDecimal base,
            HalfYear half,
            LocalDate from,
            LocalDate to,
            BigDecimal multiplier,
            CreditorType creditor) {
        LegalRate rate = rates.find(half).orElse(null);
        boolean extrapolated = false;
        if (rate == null) {
            rate = rates.latest();
            extrapolated = true;
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        int daysInYear = from.lengthOfYear();
        BigDecimal percent = rate.percent(creditor);
        BigDecimal amount = base.multiply(multiplier)
                .multiply(percent)
                .multiply(BigDecimal.valueOf(days))
                .divide(HUNDRED.multiply(BigDecimal.valueOf(daysInYear)), SLICE_SCALE, RoundingMode.HALF_UP);
        String source = extrapolated ? "extrapolated from " + rate.halfYear() + ": " + rate.source() : rate.source();
        return new InterestSlice(half, from, to, days, daysInYear, percent, multiplier, amount, extrapolated, source);
    }

    private static void validate(
            BigDecimal base, String deadlineField, LocalDate deadline, LocalDate end, CreditorType creditor) {
        FactsValidator.required("amount", base);
        if (base.signum() < 0) {
            throw new DeadlineInputException("amount", "deadline.error.negativeAmount", base);
        }
        FactsValidator.required(deadlineField, deadline);
        FactsValidator.required("end", end);
        FactsValidator.required("creditorType", creditor);
        FactsValidator.inRange(deadlineField, deadline);
        FactsValidator.inRange("end", end);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
