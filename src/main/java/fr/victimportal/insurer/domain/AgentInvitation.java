package fr.victimportal.insurer.domain;

import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An insurer's administrator's invitation to a new agent: a single-use link, kept only as its hash, that expires. */
@Entity
@Table(name = "insurer_invitation")
public class AgentInvitation extends AbstractEntity {

    public enum Status {
        PENDING,
        ACCEPTED,
        CANCELLED
    }

    @Column(name = "insurer_id", nullable = false)
    private Long insurerId;

    /** Null when the address already had an account: no link left, nothing is attached. */
    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    /** The administrator who invited; null for a first administrator named by the operator's insurer list. */
    @Column(name = "invited_by")
    private @Nullable Long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected AgentInvitation() {}

    public AgentInvitation(
            long insurerId,
            @Nullable Long accountId,
            String name,
            String email,
            String tokenHash,
            @Nullable Long invitedBy,
            Instant invitedAt,
            Instant expiresAt) {
        this.insurerId = insurerId;
        this.accountId = accountId;
        this.name = name;
        this.email = email;
        this.tokenHash = tokenHash;
        this.status = Status.PENDING;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return status == Status.PENDING && now.isBefore(expiresAt);
    }

    public void accepted(Instant at) {
        status = Status.ACCEPTED;
        closedAt = at;
    }

    public void cancel(Instant at) {
        if (status == Status.PENDING) {
            status = Status.CANCELLED;
            closedAt = at;
        }
    }

    public Long getInsurerId() {
        return insurerId;
    }

    public @Nullable Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
