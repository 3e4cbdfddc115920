package fr.victimportal.claim.domain;

import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * What an heir declared about the victim's death while their claim is a draft (issue 24): their link to the deceased,
 * the date and cause of death, and the certificate already stored among the claim's documents. Sending the claim turns
 * it into the recorded death and the heir's claimant row.
 */
@Entity
@Table(name = "heir_opening")
public class HeirOpening extends AbstractEntity {

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KinLink link;

    @Column(name = "died_on", nullable = false)
    private LocalDate diedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_accident", nullable = false)
    private YesNoUnknown fromAccident;

    @Column(name = "proof_document_id", nullable = false)
    private Long proofDocumentId;

    protected HeirOpening() {}

    public HeirOpening(Long claimId, KinLink link, LocalDate diedOn, YesNoUnknown fromAccident, Long proofDocumentId) {
        this.claimId = claimId;
        change(link, diedOn, fromAccident, proofDocumentId);
    }

    public void change(KinLink link, LocalDate diedOn, YesNoUnknown fromAccident, Long proofDocumentId) {
        this.link = link;
        this.diedOn = diedOn;
        this.fromAccident = fromAccident;
        this.proofDocumentId = proofDocumentId;
    }

    public Long getClaimId() {
        return claimId;
    }

    public KinLink getLink() {
        return link;
    }

    public LocalDate getDiedOn() {
        return diedOn;
    }

    public YesNoUnknown getFromAccident() {
        return fromAccident;
    }

    public Long getProofDocumentId() {
        return proofDocumentId;
    }
}
