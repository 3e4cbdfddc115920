package fr.victimportal.offer;

import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** What an offer must be to be recorded. Each refusal names the field and changes nothing. */
final class OfferRules {

    private static final BigDecimal MAX = new BigDecimal("9999999999.99");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private OfferRules() {}

    static void check(OfferInput in, LocalDate accident, LocalDate today) {
        if (in.receivedOn() == null
                || in.receivedOn().isAfter(today)
                || (accident != null && in.receivedOn().isBefore(accident))) {
            throw new UserInputException("receivedOn", "offer.error.receivedOn");
        }
        if (in.kind() == null) {
            throw new UserInputException("kind", "offer.error.required");
        }
        if (in.propertyDamage() == null) {
            throw new UserInputException("propertyDamage", "offer.error.required");
        }
        if (in.insurerName() == null
                || in.insurerName().isBlank()
                || in.insurerName().length() > 120) {
            throw new UserInputException("insurerName", "offer.error.required");
        }
        if (in.heads() == null || in.heads().isEmpty()) {
            throw new UserInputException("heads", "offer.error.noHead");
        }
        Set<DintilhacHead> seen = EnumSet.noneOf(DintilhacHead.class);
        for (HeadLine h : in.heads()) {
            if (h.head() == null || !seen.add(h.head())) {
                throw new UserInputException("heads", "offer.error.duplicateHead");
            }
            check(h);
        }
    }

    /**
     * Issue 24: which heads the offer may evaluate. The direct victim's offer only the direct victim's heads; a
     * relative's or heir's offer only the indirect victims' heads, and PAMI (the deceased's own head) only for an heir
     * once the death is recorded. Called after {@link #check}, so every head is there once.
     */
    static void heads(OfferInput in, boolean toClaimant, boolean heirAfterDeath) {
        for (HeadLine h : in.heads()) {
            DintilhacHead head = h.head();
            String field = "head." + head.name();
            if (!toClaimant && !head.direct()) {
                throw new UserInputException(field, "offer.error.head.notVictims");
            }
            if (toClaimant && head.direct()) {
                throw new UserInputException(field, "offer.error.head.victimsOnly");
            }
            if (toClaimant && head.kind() == DintilhacHead.Kind.DECEASED && !heirAfterDeath) {
                throw new UserInputException(field, "offer.error.head.pamiNeedsDeath");
            }
        }
    }

    private static void check(HeadLine h) {
        String field = "head." + h.head().name();
        amount(h.gross(), field + ".gross");
        amount(h.reduction(), field + ".reduction");
        amount(h.payerClaims(), field + ".payerClaims");
        if (h.reduction().compareTo(h.gross()) > 0) {
            throw new UserInputException(field + ".reduction", "offer.error.reductionAboveGross");
        }
        if (h.payerClaims().compareTo(h.gross()) > 0) {
            throw new UserInputException(field + ".payerClaims", "offer.error.payerAboveGross");
        }
        if (h.head().personal() && h.payerClaims().signum() > 0 && !h.personalBenefitProof()) {
            // docs/legal-notes.md (loi 1985 art. 31; CSS L376-1): no recourse on a personal head without proof
            throw new UserInputException(field + ".payerClaims", "offer.error.payerOnPersonalHead");
        }
        if (h.grade() != null
                && (!h.head().graded()
                        || h.grade().compareTo(HALF) < 0
                        || h.grade().compareTo(BigDecimal.valueOf(7)) > 0
                        || h.grade()
                                        .multiply(BigDecimal.TWO)
                                        .stripTrailingZeros()
                                        .scale()
                                > 0)) {
            throw new UserInputException(field + ".grade", "offer.error.grade");
        }
        if (h.days() != null && (h.head() != DintilhacHead.DFT || h.days() <= 0 || h.days() > 36_500)) {
            throw new UserInputException(field + ".days", "offer.error.days");
        }
    }

    private static void amount(BigDecimal value, String field) {
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX) > 0) {
            throw new UserInputException(field, "offer.error.amount");
        }
    }
}
