package fr.victimportal.claim.domain;

import fr.victimportal.account.Role;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone other than the owner acting on a claim; ending a participation removes access at once. */
@Entity
@Table(name = "claim_participant")
public class ClaimParticipant extends AbstractEntity {

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private Instant since;

    private Instant until;
    /** For a HELPER: the mandate's scope items, comma-separated ({@code HelperScope}). */
    private String scope;

    protected ClaimParticipant() {}

    public ClaimParticipant(Long claimId, Long userId, Role role, Instant since) {
        this.claimId = claimId;
        this.userId = userId;
        this.role = role;
        this.since = since;
    }

    /** A caseworker's participation: limited to the mandate's scope and ending by itself when the mandate ends. */
    public static ClaimParticipant helper(Long claimId, Long userId, String scope, Instant since, Instant until) {
        ClaimParticipant p = new ClaimParticipant(claimId, userId, Role.HELPER, since);
        p.scope = scope;
        p.until = until;
        return p;
    }

    public String getScope() {
        return scope;
    }

    public Instant getUntil() {
        return until;
    }

    public boolean activeAt(Instant now) {
        return !since.isAfter(now) && (until == null || until.isAfter(now));
    }

    public void end(Instant now) {
        until = now;
    }

    public Long getClaimId() {
        return claimId;
    }

    public Long getUserId() {
        return userId;
    }

    public Role getRole() {
        return role;
    }
}
