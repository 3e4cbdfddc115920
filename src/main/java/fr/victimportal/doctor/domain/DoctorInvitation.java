package fr.victimportal.doctor.domain;

import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "doctor_invitation")
public class DoctorInvitation extends AbstractEntity {

    public enum Status {
        PENDING,
        ACCEPTED,
        CANCELLED,
        ENDED
    }

    @Column(name = "claim_reference", nullable = false)
    private String claimReference;

    @Column(name = "directory_id")
    private Long directoryId;

    @Column(name = "doctor_user_id", nullable = false)
    private Long doctorUserId;

    @Column(name = "doctor_name", nullable = false)
    private String doctorName;

    @Column(nullable = false)
    private String email;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "invited_by", nullable = false)
    private Long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected DoctorInvitation() {}

    public DoctorInvitation(
            String claimReference,
            Long directoryId,
            long doctorUserId,
            String doctorName,
            String email,
            String tokenHash,
            long invitedBy,
            Instant invitedAt,
            Instant expiresAt) {
        this.claimReference = claimReference;
        this.directoryId = directoryId;
        this.doctorUserId = doctorUserId;
        this.doctorName = doctorName;
        this.email = email;
        this.tokenHash = tokenHash;
        this.status = Status.PENDING;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
        this.expiresAt = expiresAt;
    }

    public void accepted(Instant at) {
        status = Status.ACCEPTED;
        acceptedAt = at;
    }

    /** A pending invitation is cancelled; an accepted one ends (the doctor loses access). */
    public void close(Instant at) {
        status = status == Status.PENDING ? Status.CANCELLED : Status.ENDED;
        endedAt = at;
    }

    public boolean usableAt(Instant now) {
        return status == Status.PENDING && now.isBefore(expiresAt);
    }

    public String getClaimReference() {
        return claimReference;
    }

    public Long getDoctorUserId() {
        return doctorUserId;
    }

    public String getDoctorName() {
        return doctorName;
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
