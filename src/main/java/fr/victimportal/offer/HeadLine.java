package fr.victimportal.offer;

import fr.victimportal.claim.DintilhacHead;
import java.math.BigDecimal;

/**
 * One head of the offer as typed from the insurer's letter. The net amount is never typed: see {@link OfferMath}.
 *
 * @param gross                the head's evaluation before any reduction
 * @param reduction            the reduction for the victim's fault (loi 1985 art. 4), 0 if none
 * @param reductionReason      the reason the offer gives for it; blank when the letter gives none (the review says so)
 * @param payerClaims          the third-party payers' claims on this head
 * @param payers               who they are (e.g. "CPAM de la Gironde")
 * @param personalBenefitProof on a personal head, the payer's proof that it paid a benefit for that head is attached
 * @param grade                SE, PET, PEP: the expert's grade on 7 (half points allowed), else {@code null}
 * @param days                 DFT: the number of days at the full rate the amount covers, else {@code null}
 */
public record HeadLine(
        DintilhacHead head,
        BigDecimal gross,
        BigDecimal reduction,
        String reductionReason,
        BigDecimal payerClaims,
        String payers,
        boolean personalBenefitProof,
        BigDecimal grade,
        Integer days) {

    public static HeadLine of(DintilhacHead head, String gross) {
        return new HeadLine(
                head, new BigDecimal(gross), BigDecimal.ZERO, null, BigDecimal.ZERO, null, false, null, null);
    }

    public HeadLine withReduction(String amount, String reason) {
        return new HeadLine(
                head, gross, new BigDecimal(amount), reason, payerClaims, payers, personalBenefitProof, grade, days);
    }

    public HeadLine withPayer(String amount, String who, boolean proof) {
        return new HeadLine(head, gross, reduction, reductionReason, new BigDecimal(amount), who, proof, grade, days);
    }

    public HeadLine withGrade(String g) {
        return new HeadLine(
                head,
                gross,
                reduction,
                reductionReason,
                payerClaims,
                payers,
                personalBenefitProof,
                new BigDecimal(g),
                days);
    }

    public HeadLine withDays(int d) {
        return new HeadLine(
                head, gross, reduction, reductionReason, payerClaims, payers, personalBenefitProof, grade, d);
    }
}
