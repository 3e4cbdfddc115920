package fr.victimportal.offer;

import fr.victimportal.claim.model.VictimRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the review of a relative's or heir's offer adds (issue 24).
 *
 * @param deathRecorded       the direct victim's death is recorded: the heirs' extended deadline applies (L211-9 al.
 *                            2, R211-30)
 * @param victimOfferDue      for a relative of a living victim: the direct victim's own 8-month date, shown only as
 *                            context (the law fixes no date for the relative that the portal can count)
 * @param victimReductionRate the fault reduction on the direct victim's latest offer, in percent, if there is one
 * @param ownReductionRate    the reduction on this offer's heads, in percent
 * @param victimRole          the direct victim's place in the accident (loi 1985 art. 3 or 4), when no offer gives a
 *                            rate
 */
public record ClaimantReview(
        boolean deathRecorded,
        @Nullable LocalDate victimOfferDue,
        @Nullable BigDecimal victimReductionRate,
        BigDecimal ownReductionRate,
        @Nullable VictimRole victimRole) {

    /** Loi 1985 art. 6: the relative's reduction is not the direct victim's; worth asking the insurer why. */
    public boolean reductionDiffers() {
        return victimReductionRate != null && victimReductionRate.compareTo(ownReductionRate) != 0;
    }
}
