package fr.victimportal.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The random token in a user's unsubscribe links (one per user, created with their first reminder). */
@Entity
@Table(name = "mail_unsubscribe_token")
public class UnsubscribeToken {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UnsubscribeToken() {}

    public UnsubscribeToken(long userId, String token, Instant now) {
        this.userId = userId;
        this.token = token;
        this.createdAt = now;
    }

    public Long getUserId() {
        return userId;
    }

    public String getToken() {
        return token;
    }
}
