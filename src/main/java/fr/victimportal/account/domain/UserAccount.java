package fr.victimportal.account.domain;

import fr.victimportal.account.Role;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** A person who can sign in. The email is the login and is stored in lower case. */
@Entity
@Table(name = "app_user")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage = "fr";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the person proved they read mail at this address; {@code null} until then (they cannot sign in). */
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    /** Bumped to end every session of the account (changed password, revoked mandate, deletion). */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** The insurer an agent or an insurer's administrator belongs to; null for everyone else. */
    @Column(name = "insurer_id")
    private Long insurerId;

    /** When the insurer's administrator retired the agent: the account no longer signs in. */
    @Column(name = "retired_at")
    private Instant retiredAt;

    protected UserAccount() {}

    public UserAccount(String email, String passwordHash, String displayName, Role role, Locale language, Instant now) {
        this.email = normalizeEmail(email);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.preferredLanguage = language.getLanguage();
        this.createdAt = now;
    }

    public Long getInsurerId() {
        return insurerId;
    }

    /** Attaches an agent or an insurer's administrator to their insurer (once: an agent never changes insurer). */
    public void joinInsurer(long insurer) {
        if (!role.ofInsurer() || (insurerId != null && insurerId != insurer)) {
            throw new IllegalStateException("Account " + getId() + " cannot join insurer " + insurer);
        }
        this.insurerId = insurer;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    /** The insurer's administrator retires the agent: the account stays (its actions keep their author) but is off. */
    public void retire(Instant at) {
        this.retiredAt = at;
        this.enabled = false;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public void emailVerified(Instant at) {
        this.emailVerifiedAt = at;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public void changePassword(String hash) {
        this.passwordHash = hash;
        this.failedLoginCount = 0;
        this.lockedUntil = null;
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public void unlock() {
        failedLoginCount = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(Locale locale) {
        this.preferredLanguage = locale.getLanguage();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLoginCount() {
        return failedLoginCount;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    /** Every session begun before this call ends at its next request. Returns the new epoch. */
    public int endSessions() {
        return ++sessionEpoch;
    }

    /** Closed to sign-in (the victim died, issue 24): the row and its history stay, nobody signs in as them. */
    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_reason")
    private String closedReason;

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedReason() {
        return closedReason;
    }

    /** Closes the account to sign-in with the reason; every open session ends at its next request. */
    public void close(String reason, Instant at) {
        if (closedAt == null) {
            this.closedAt = at;
            this.closedReason = reason;
            this.enabled = false;
            this.sessionEpoch++;
        }
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    /**
     * Deletion: the row stays (claims, audit entries and mails point at it) but holds no personal data and can never
     * sign in again; the address is freed for a new account.
     */
    public void erase(String unusablePasswordHash, Instant now) {
        this.email = "supprime-" + getId() + "@compte-supprime.invalid";
        this.displayName = "—";
        this.passwordHash = unusablePasswordHash;
        this.enabled = false;
        this.deletedAt = now;
        this.sessionEpoch++;
    }
}
