package fr.victimportal.offer;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.EventType;
import fr.victimportal.offer.domain.Offer;
import fr.victimportal.offer.domain.Settlement;
import fr.victimportal.offer.domain.SettlementPayment;
import fr.victimportal.offer.domain.SettlementPaymentRepository;
import fr.victimportal.offer.domain.SettlementRepository;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The settlement bookkeeping behind {@link OfferService}: the open settlement of a cycle, the L211-16/L211-17 clocks
 * and the insurer's payments. Who may act is checked by the façade before it calls here; this runs inside its
 * transaction.
 */
@Component
class Settlements {

    private final SettlementRepository settlements;
    private final SettlementPaymentRepository payments;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DeadlineEngine engine = new DeadlineEngine();

    Settlements(
            SettlementRepository settlements,
            SettlementPaymentRepository payments,
            CurrentUser currentUser,
            Clock clock) {
        this.settlements = settlements;
        this.payments = payments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * While the cycle's settlement is waiting for its L211-15 authorisation or can still be withdrawn
     * (L211-16), no new letter is recorded: it would hide the transaction and its withdrawal right. The victim keeps
     * the transaction until they withdraw it or it becomes final; a corrected offer comes after that.
     */
    void refuseWhileOpen(ClaimFile file, Long cycle, Long claimantId) {
        open(file, cycle, claimantId).ifPresent(s -> {
            throw s.clocksStarted()
                    ? new UserInputException(
                            null, "offer.error.settlementOpen", Formats.shortDate(s.getWithdrawalEndsOn()))
                    : new UserInputException(null, "offer.error.settlementAwaitingAuthorisation");
        });
    }

    /**
     * The cycle's current settlement of the victim ({@code claimantId} null) or of one claimant while it is awaiting
     * authorisation or still withdrawable, if any.
     */
    private Optional<Settlement> open(ClaimFile file, Long cycle, Long claimantId) {
        return settlements
                .findByClaimReferenceAndCycleNoAndClaimantNoAndCurrentMarkerTrue(
                        file.reference(), cycle == null ? 0 : cycle, claimantId == null ? 0 : claimantId)
                .filter(s -> !s.clocksStarted() || !today().isAfter(s.getWithdrawalEndsOn()));
    }

    /** L211-16 and L211-17 from the engine (CPC 641/642 via R211-36): the withdrawal end and the payment date. */
    void startClocks(Settlement settlement, LocalDate from) {
        List<Deadline> clock = engine.forEvent(EventType.SETTLEMENT, from);
        settlement.startClocks(
                find(clock, DeadlineCode.WITHDRAWAL).dueDate(),
                find(clock, DeadlineCode.PAYMENT).dueDate());
    }

    /**
     * Concludes the transaction the victim signed on {@code signedOn}: the cycle's previous current settlement, if any,
     * is superseded and flushed first; the new one is returned unsaved, its clocks started unless a judge must
     * authorise it (L211-15).
     */
    Settlement conclude(ClaimFile file, Offer offer, LocalDate signedOn, boolean needsJudge) {
        long cycle = offer.getAggravationId() == null ? 0 : offer.getAggravationId();
        settlements
                .findByClaimReferenceAndCycleNoAndClaimantNoAndCurrentMarkerTrue(
                        file.reference(), cycle, offer.getClaimantId() == null ? 0 : offer.getClaimantId())
                .ifPresent(previous -> {
                    // a final transaction of the cycle (e.g. on a provisional offer) is replaced by this one as
                    // "current"
                    previous.superseded();
                    settlements.saveAndFlush(previous);
                });
        Settlement settlement = Settlement.concluded(
                offer.getId(),
                file.reference(),
                offer.getAggravationId(),
                signedOn,
                currentUser.require().id(),
                this.clock.instant(),
                needsJudge,
                offer.getClaimantId());
        if (!needsJudge) {
            startClocks(settlement, signedOn);
        }
        return settlement;
    }

    /**
     * L211-16: records the withdrawal letter sent on {@code sentOn} (signed at {@code place}, if given) once the dates
     * are checked: not in the future, not before the transaction, not after the last day of the 15 days.
     */
    void withdraw(Settlement s, LocalDate sentOn, String place) {
        if (!s.clocksStarted()) {
            throw new UserInputException(null, "offer.error.awaitingAuthorisation");
        }
        if (sentOn == null || sentOn.isAfter(today())) {
            throw new UserInputException("sentOn", "offer.error.sentOn.future");
        }
        if (sentOn.isAfter(s.getWithdrawalEndsOn())) {
            throw new UserInputException(
                    "sentOn", "offer.error.withdrawalOver", Formats.shortDate(s.getWithdrawalEndsOn()));
        }
        if (sentOn.isBefore(s.getConcludedOn())) {
            throw new UserInputException(
                    "sentOn", "offer.error.sentOn.beforeTransaction", Formats.shortDate(s.getConcludedOn()));
        }
        if (place != null && !place.isBlank()) {
            s.letterPlace(place(place));
        }
        s.withdraw(sentOn, clock.instant());
        settlements.saveAndFlush(s);
    }

    /** The place the withdrawal letter is signed at: required, at most 120 characters. */
    static String place(String place) {
        if (place == null || place.isBlank() || place.strip().length() > 120) {
            throw new UserInputException("place", "offer.error.place");
        }
        return place.strip();
    }

    /**
     * Records a payment of {@code amount} on {@code s} whose offer owes {@code owed}, once the date and amount are
     * checked; the settlement is marked paid when the payments reach the net.
     */
    void recordPayment(Settlement s, Supplier<BigDecimal> owed, LocalDate paidOn, BigDecimal amount) {
        if (paidOn == null || paidOn.isAfter(today()) || paidOn.isBefore(s.getConcludedOn())) {
            throw new UserInputException("paidOn", "offer.error.paidOn");
        }
        if (amount == null
                || amount.signum() <= 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw new UserInputException("paidAmount", "offer.error.amount");
        }
        BigDecimal net = owed.get();
        BigDecimal paidSoFar = paidSum(s);
        BigDecimal outstanding = net.subtract(paidSoFar);
        if (amount.compareTo(outstanding) > 0) {
            throw new UserInputException(
                    "paidAmount", "offer.error.paymentAboveOutstanding", Formats.euros(outstanding, Locale.FRANCE));
        }
        payments.saveAndFlush(new SettlementPayment(
                s.getId(),
                paidOn,
                OfferMath.euros(amount.setScale(2)),
                currentUser.require().id(),
                clock.instant()));
        BigDecimal total = paidSoFar.add(amount);
        if (total.compareTo(net) >= 0) {
            // "paid" only once the payments reach the net owed: the day of the latest payment
            LocalDate completed = payments.findBySettlementIdOrderByPaidOnAscIdAsc(s.getId()).stream()
                    .map(SettlementPayment::getPaidOn)
                    .max(LocalDate::compareTo)
                    .orElse(paidOn);
            s.paid(
                    completed,
                    OfferMath.euros(total.setScale(2)),
                    currentUser.require().id());
            settlements.saveAndFlush(s);
        }
    }

    private BigDecimal paidSum(Settlement s) {
        return payments.findBySettlementIdOrderByPaidOnAscIdAsc(s.getId()).stream()
                .map(SettlementPayment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Deadline find(List<Deadline> deadlines, DeadlineCode code) {
        return deadlines.stream().filter(d -> d.code() == code).findFirst().orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
