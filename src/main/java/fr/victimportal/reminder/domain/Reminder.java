package fr.victimportal.reminder.domain;

import fr.victimportal.reminder.ReminderKind;
import fr.victimportal.reminder.ReminderStatus;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder planned for a claim. Its key (claim, kind, due date) is UNIQUE in the database, so however often the plan
 * is recomputed there is one row, and once it is {@code SENT} it is never planned again. Changes go through the
 * optimistic-lock version: two instances processing the same reminder cannot both succeed.
 */
@Entity
@Table(name = "reminder")
public class Reminder extends AbstractEntity {

    @Column(name = "claim_reference", nullable = false, length = 16)
    private String claimReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ReminderKind kind;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "send_at", nullable = false)
    private Instant sendAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReminderStatus status = ReminderStatus.PLANNED;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(length = 40)
    private String note;

    protected Reminder() {}

    public Reminder(String claimReference, ReminderKind kind, LocalDate dueDate, Instant sendAt, Instant now) {
        this.claimReference = claimReference;
        this.kind = kind;
        this.dueDate = dueDate;
        this.sendAt = sendAt;
        this.plannedAt = now;
    }

    /** Plans it (again) for {@code sendAt}; a cancelled reminder may come back, a sent or skipped one never. */
    public void plan(Instant sendAt, Instant now) {
        if (status == ReminderStatus.CANCELLED) {
            status = ReminderStatus.PLANNED;
            plannedAt = now;
            processedAt = null;
            note = null;
        }
        if (status == ReminderStatus.PLANNED && !sendAt.equals(this.sendAt)) {
            this.sendAt = sendAt;
            plannedAt = now;
        }
    }

    public void close(ReminderStatus outcome, String note, Instant now) {
        if (status != ReminderStatus.PLANNED || outcome == ReminderStatus.PLANNED) {
            throw new IllegalStateException("Reminder " + getId() + " is " + status + ", cannot become " + outcome);
        }
        this.status = outcome;
        this.note = note;
        this.processedAt = now;
    }

    public boolean isPlanned() {
        return status == ReminderStatus.PLANNED;
    }

    public String getClaimReference() {
        return claimReference;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getSendAt() {
        return sendAt;
    }

    public ReminderStatus getStatus() {
        return status;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }

    public String getNote() {
        return note;
    }
}
