package fr.victimportal.offer;

import fr.victimportal.deadline.PenaltyEstimate;
import fr.victimportal.deadline.PenaltyEstimator;
import fr.victimportal.offer.domain.Settlement;
import fr.victimportal.offer.domain.SettlementPayment;
import fr.victimportal.offer.domain.SettlementPaymentRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads a settlement as the screens show it: the periods, what was paid and what is outstanding, and the L211-17
 * late-payment estimates. Reads only; {@link OfferService} calls it inside its own transaction.
 */
@Component
class SettlementStates {

    private final SettlementPaymentRepository payments;
    private final Clock clock;
    private final PenaltyEstimator penalties = PenaltyEstimator.withClasspathRates();

    SettlementStates(SettlementPaymentRepository payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    /** The settlement's state for an offer whose net owed is {@code net}. */
    OfferFile.SettlementState of(Settlement s, BigDecimal net) {
        LocalDate today = LocalDate.now(clock);
        List<SettlementPayment> paid = payments.findBySettlementIdOrderByPaidOnAscIdAsc(s.getId());
        BigDecimal paidSum = OfferMath.euros(paid.stream()
                .map(SettlementPayment::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2));
        BigDecimal outstanding = net.subtract(paidSum).max(BigDecimal.ZERO.setScale(2));
        List<PenaltyEstimate> late = new ArrayList<>();
        if (s.standing() && s.clocksStarted()) {
            // L211-17, part by part: each sum paid after the due date bears interest until its payment, and what is
            // still unpaid until today; a partial payment never stops the estimate on the rest
            LocalDate due = s.getPaymentDueOn();
            for (SettlementPayment p : paid) {
                if (p.getPaidOn().isAfter(due)) {
                    late.add(penalties.latePayment(p.getAmount(), due, p.getPaidOn()));
                }
            }
            if (outstanding.signum() > 0 && today.isAfter(due)) {
                late.add(penalties.latePayment(outstanding, due, today));
            }
        }
        return new OfferFile.SettlementState(
                s.getConcludedOn(),
                s.getWithdrawalEndsOn(),
                s.getPaymentDueOn(),
                s.getWithdrawnOn(),
                outstanding.signum() == 0 && !paid.isEmpty() ? s.getPaidOn() : null,
                paidSum,
                s.clocksStarted() ? ChronoUnit.DAYS.between(today, s.getWithdrawalEndsOn()) : 0,
                List.copyOf(late),
                s.isAuthorisationNeeded(),
                s.getAuthorisedOn(),
                paid.stream()
                        .map(p -> new OfferFile.SettlementState.Payment(p.getPaidOn(), p.getAmount()))
                        .toList(),
                outstanding,
                s.getLetterPlace());
    }
}
