package fr.victimportal.offer.domain;

import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.offer.HeadLine;
import fr.victimportal.offer.OfferMath;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One head line of an offer, stored with the net amount the service computed. */
@Embeddable
public class OfferHeadLine {

    @Enumerated(EnumType.STRING)
    @Column(name = "head_code", nullable = false)
    private DintilhacHead head;

    @Column(name = "gross_amount", nullable = false)
    private BigDecimal gross;

    @Column(name = "reduction_amount", nullable = false)
    private BigDecimal reduction;

    @Column(name = "reduction_reason")
    private String reductionReason;

    @Column(name = "payer_claims", nullable = false)
    private BigDecimal payerClaims;

    @Column(name = "payer_names")
    private String payers;

    @Column(name = "personal_benefit_proof", nullable = false)
    private boolean personalBenefitProof;

    private BigDecimal grade;
    private Integer days;

    @Column(name = "net_amount", nullable = false)
    private BigDecimal net;

    protected OfferHeadLine() {}

    public OfferHeadLine(HeadLine line) {
        head = line.head();
        gross = OfferMath.euros(line.gross());
        reduction = OfferMath.euros(line.reduction());
        reductionReason = line.reductionReason();
        payerClaims = OfferMath.euros(line.payerClaims());
        payers = line.payers();
        personalBenefitProof = line.personalBenefitProof();
        grade = line.grade();
        days = line.days();
        net = OfferMath.net(line);
    }

    public HeadLine line() {
        return new HeadLine(
                head, gross, reduction, reductionReason, payerClaims, payers, personalBenefitProof, grade, days);
    }

    public DintilhacHead head() {
        return head;
    }

    public BigDecimal net() {
        return net;
    }
}
