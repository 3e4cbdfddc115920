package fr.victimportal.account.domain;

import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use link sent by mail: only the SHA-256 of its random token is kept. */
@Entity
@Table(name = "account_token")
public class AccountToken extends AbstractEntity {

    public enum Purpose {
        VERIFY_EMAIL,
        RESET_PASSWORD
    }

    private Long userId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected AccountToken() {}

    public AccountToken(long userId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public Long getUserId() {
        return userId;
    }

    public Purpose getPurpose() {
        return purpose;
    }
}
