package fr.victimportal.mandate.domain;

import fr.victimportal.mandate.Standing;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A victim's signed mandate to an association caseworker (docs/legal-notes.md). */
@Entity
@Table(name = "mandate")
public class Mandate extends AbstractEntity {

    public enum Status {
        /** Signed by the victim, waiting for the caseworker. */
        PENDING,
        /** Accepted: the caseworker takes part within the scope until the end date. */
        ACTIVE,
        /** Ended by the victim (at any moment, with immediate effect) or by a deleted account. */
        REVOKED,
        /** The link expired unused. */
        DECLINED
    }

    @Column(name = "claim_reference", nullable = false)
    private String claimReference;

    @Column(name = "victim_user_id", nullable = false)
    private Long victimUserId;

    @Column(name = "helper_user_id", nullable = false)
    private Long helperUserId;

    @Column(name = "caseworker_name", nullable = false)
    private String caseworkerName;

    @Column(nullable = false)
    private String email;

    @Column(name = "association_name", nullable = false)
    private String associationName;

    @Column(name = "association_number", nullable = false)
    private String associationNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Standing standing;

    @Column(nullable = false)
    private String scope;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "signed_name", nullable = false)
    private String signedName;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "link_expires_at", nullable = false)
    private Instant linkExpiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Mandate() {}

    public Mandate(
            String claimReference,
            long victimUserId,
            long helperUserId,
            String caseworkerName,
            String email,
            String associationName,
            String associationNumber,
            Standing standing,
            String scope,
            LocalDate validUntil,
            String signedName,
            Instant signedAt,
            String tokenHash,
            Instant linkExpiresAt) {
        this.claimReference = claimReference;
        this.victimUserId = victimUserId;
        this.helperUserId = helperUserId;
        this.caseworkerName = caseworkerName;
        this.email = email;
        this.associationName = associationName;
        this.associationNumber = associationNumber;
        this.standing = standing;
        this.scope = scope;
        this.validUntil = validUntil;
        this.signedName = signedName;
        this.signedAt = signedAt;
        this.tokenHash = tokenHash;
        this.linkExpiresAt = linkExpiresAt;
        this.status = Status.PENDING;
    }

    public boolean linkUsableAt(Instant now) {
        return status == Status.PENDING && linkExpiresAt.isAfter(now);
    }

    public void accepted(Instant now) {
        status = Status.ACTIVE;
        acceptedAt = now;
    }

    public void revoked(Instant now) {
        status = Status.REVOKED;
        endedAt = now;
    }

    public String getClaimReference() {
        return claimReference;
    }

    public Long getVictimUserId() {
        return victimUserId;
    }

    public Long getHelperUserId() {
        return helperUserId;
    }

    public String getCaseworkerName() {
        return caseworkerName;
    }

    public String getEmail() {
        return email;
    }

    public String getAssociationName() {
        return associationName;
    }

    public String getAssociationNumber() {
        return associationNumber;
    }

    public Standing getStanding() {
        return standing;
    }

    public String getScope() {
        return scope;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getSignedName() {
        return signedName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Instant getLinkExpiresAt() {
        return linkExpiresAt;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
