package fr.victimportal.claim.domain;

import fr.victimportal.claim.model.ClaimantStatus;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A relative or heir of the direct victim around one claim: invited by a single-use link (its hash only), then active
 * once they accept with their own account, until ended.
 */
@Entity
@Table(name = "claimant")
public class Claimant extends AbstractEntity {

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KinLink link;

    @Column(nullable = false)
    private boolean heir;

    @Column(nullable = false)
    private boolean minor;

    @Column(name = "representative_name")
    private String representativeName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimantStatus status;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "invited_by", nullable = false)
    private Long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Claimant() {}

    public Claimant(
            Long claimId,
            Long accountId,
            String name,
            String email,
            KinLink link,
            boolean heir,
            boolean minor,
            String representativeName,
            String tokenHash,
            Instant expiresAt,
            Long invitedBy,
            Instant invitedAt) {
        this.claimId = claimId;
        this.accountId = accountId;
        this.name = name;
        this.email = email;
        this.link = link;
        this.heir = heir;
        this.minor = minor;
        this.representativeName = representativeName;
        this.status = ClaimantStatus.INVITED;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    public boolean linkUsableAt(Instant now) {
        return status == ClaimantStatus.INVITED && expiresAt != null && expiresAt.isAfter(now);
    }

    /** The invitee accepted: the link is spent. */
    public void joined(Instant at) {
        status = ClaimantStatus.ACTIVE;
        joinedAt = at;
        tokenHash = null;
    }

    /** The handling insurer's agent vouches that this person is an heir. */
    public void heir() {
        heir = true;
    }

    public void end(Instant at) {
        status = ClaimantStatus.ENDED;
        endedAt = at;
        tokenHash = null;
    }

    public Long getClaimId() {
        return claimId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public KinLink getLink() {
        return link;
    }

    public boolean isHeir() {
        return heir;
    }

    public boolean isMinor() {
        return minor;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public ClaimantStatus getStatus() {
        return status;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
