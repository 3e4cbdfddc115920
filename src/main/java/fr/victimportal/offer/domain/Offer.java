package fr.victimportal.offer.domain;

import fr.victimportal.offer.OfferInput;
import fr.victimportal.offer.OfferKind;
import fr.victimportal.offer.OfferStatus;
import fr.victimportal.offer.PropertyDamage;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An insurer's offer on a claim, as its letter states it. */
@Entity
@Table(name = "offer")
public class Offer extends AbstractEntity {

    @Column(name = "claim_reference", nullable = false)
    private String claimReference;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferKind kind;

    @Column(name = "insurer_name", nullable = false)
    private String insurerName;

    @Column(name = "insurer_address")
    private String insurerAddress;

    @Column(name = "insurer_reference")
    private String insurerReference;

    @Column(name = "withdrawal_right_conspicuous", nullable = false)
    private boolean withdrawalRightConspicuous;

    @Column(name = "payer_statements_attached", nullable = false)
    private boolean payerStatementsAttached;

    @Enumerated(EnumType.STRING)
    @Column(name = "property_damage", nullable = false)
    private PropertyDamage propertyDamage;

    @Column(name = "judicial_authorisation_stated", nullable = false)
    private boolean judicialAuthorisationStated;

    @Column(name = "victim_under_protection", nullable = false)
    private boolean victimUnderProtection;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OfferStatus status;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;
    /** The aggravation whose cycle this offer belongs to (L211-19), or null for the initial claim. */
    @Column(name = "aggravation_id")
    private Long aggravationId;

    /** The relative or heir the offer is made to (issue 24), or null for the direct victim. */
    @Column(name = "claimant_id")
    private Long claimantId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "offer_head", joinColumns = @JoinColumn(name = "offer_id"))
    private List<OfferHeadLine> heads = new ArrayList<>();

    protected Offer() {}

    public Offer(String claimReference, OfferInput in, Long recordedBy, Instant recordedAt) {
        this.claimReference = claimReference;
        this.receivedOn = in.receivedOn();
        this.kind = in.kind();
        this.insurerName = in.insurerName();
        this.insurerAddress = in.insurerAddress();
        this.insurerReference = in.insurerReference();
        this.withdrawalRightConspicuous = in.withdrawalRightConspicuous();
        this.payerStatementsAttached = in.payerStatementsAttached();
        this.propertyDamage = in.propertyDamage();
        this.judicialAuthorisationStated = in.judicialAuthorisationStated();
        this.victimUnderProtection = in.victimUnderProtection();
        this.status = OfferStatus.RECORDED;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        in.heads().stream()
                .sorted(Comparator.comparing(h -> h.head().ordinal()))
                .forEach(h -> heads.add(new OfferHeadLine(h)));
    }

    public OfferInput input() {
        return new OfferInput(
                receivedOn,
                kind,
                insurerName,
                insurerAddress,
                insurerReference,
                withdrawalRightConspicuous,
                payerStatementsAttached,
                propertyDamage,
                judicialAuthorisationStated,
                victimUnderProtection,
                heads().stream().map(OfferHeadLine::line).toList());
    }

    /** Links the offer to the aggravation cycle it answers (null: the initial claim). */
    public void belongsTo(Long aggravationId) {
        this.aggravationId = aggravationId;
    }

    /** Makes the offer to a relative or heir of the claim (null: the direct victim). */
    public void madeTo(Long claimantId) {
        this.claimantId = claimantId;
    }

    public Long getClaimantId() {
        return claimantId;
    }

    public Long getAggravationId() {
        return aggravationId;
    }

    public String getInsurerName() {
        return insurerName;
    }

    public void decide(OfferStatus decision, Instant at) {
        this.status = decision;
        this.decidedAt = at;
    }

    public String getClaimReference() {
        return claimReference;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public OfferKind getKind() {
        return kind;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** The lines in the order of the Dintilhac nomenclature (a database returns a collection in no set order). */
    public List<OfferHeadLine> heads() {
        return heads.stream()
                .sorted(Comparator.comparing(h -> h.head().ordinal()))
                .toList();
    }
}
