package fr.victimportal.claim.spi;

import fr.victimportal.claim.SettlementFacts;
import fr.victimportal.deadline.DeadlineSchedule;
import java.util.List;

/**
 * The legal clock of a submitted claim as background jobs (reminders) need it: who owns it, whether the R211-37
 * questionnaire is answered, the offers received, the standing settlement, and every deadline. No other personal data.
 *
 * @param offers     the first offer and first definitive offer received ({@link SettlementFacts.OfferDates#NONE} if none)
 * @param settlement the standing (not withdrawn) settlement, or {@code null}
 * @param doctorIds  the accounts of the victim's assisting doctors now taking part in the claim (exam reminders)
 * @param reportReceived whether the R211-44 examination report has reached the victim
 */
public record ClaimSchedule(
        String reference,
        long ownerId,
        boolean questionnaireAnswered,
        DeadlineSchedule deadlines,
        SettlementFacts.OfferDates offers,
        SettlementFacts.Settlement settlement,
        List<Long> doctorIds,
        boolean reportReceived) {

    public ClaimSchedule {
        offers = offers == null ? SettlementFacts.OfferDates.NONE : offers;
        doctorIds = doctorIds == null ? List.of() : List.copyOf(doctorIds);
    }

    /** A claim with no offer, no settlement and no assisting doctor yet. */
    public ClaimSchedule(String reference, long ownerId, boolean questionnaireAnswered, DeadlineSchedule deadlines) {
        this(
                reference,
                ownerId,
                questionnaireAnswered,
                deadlines,
                SettlementFacts.OfferDates.NONE,
                null,
                List.of(),
                false);
    }

    /** Whether the examination notice arrived too late under R211-43 (known once exam and notice dates are). */
    public boolean examNoticeTooShort() {
        return deadlines.examNoticeCheck() != null
                && !deadlines.examNoticeCheck().timely();
    }

    /** Whether the insurer has made an offer (provisional or definitive), which meets the L211-9 al. 2 deadline. */
    public boolean offerReceived() {
        return offers.firstOfferOn() != null;
    }

    /** Whether a definitive offer has been received, which meets the L211-9 al. 3 deadline. */
    public boolean definitiveOfferReceived() {
        return offers.firstDefinitiveOfferOn() != null;
    }

    /** Whether the insurer has paid the standing settlement (L211-17). */
    public boolean paid() {
        return settlement != null && settlement.paidOn() != null;
    }
}
