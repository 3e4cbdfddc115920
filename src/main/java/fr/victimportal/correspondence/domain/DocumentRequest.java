package fr.victimportal.correspondence.domain;

import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An item the insurer's handler asked the victim for, and what became of it. */
@Entity
@Table(name = "document_request")
public class DocumentRequest extends AbstractEntity {

    public enum State {
        OPEN,
        ANSWERED,
        REFUSED,
        WITHDRAWN
    }

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(nullable = false)
    private String item;

    private String label;

    @Column(nullable = false)
    private String reason;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "requested_by_name", nullable = false)
    private String requestedByName;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by_name")
    private String closedByName;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "document_title")
    private String documentTitle;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Column(name = "reminded_week_at")
    private Instant remindedWeekAt;

    @Column(name = "reminded_due_at")
    private Instant remindedDueAt;

    protected DocumentRequest() {}

    public DocumentRequest(
            Long claimId,
            String item,
            String label,
            String reason,
            LocalDate dueDate,
            Long requestedBy,
            String requestedByName,
            Instant requestedAt) {
        this.claimId = claimId;
        this.item = item;
        this.label = label;
        this.reason = reason;
        this.dueDate = dueDate;
        this.requestedBy = requestedBy;
        this.requestedByName = requestedByName;
        this.requestedAt = requestedAt;
        this.state = State.OPEN;
    }

    public void answer(Long documentId, String documentTitle, String by, Instant at) {
        close(State.ANSWERED, by, at);
        this.documentId = documentId;
        this.documentTitle = documentTitle;
    }

    public void refuse(String reason, String by, Instant at) {
        close(State.REFUSED, by, at);
        this.refusalReason = reason;
    }

    public void withdraw(String by, Instant at) {
        close(State.WITHDRAWN, by, at);
    }

    private void close(State to, String by, Instant at) {
        if (state != State.OPEN) {
            throw new IllegalStateException("request " + getId() + " is " + state);
        }
        state = to;
        closedByName = by;
        closedAt = at;
    }

    public void remindedWeek(Instant at) {
        remindedWeekAt = at;
    }

    public void remindedDue(Instant at) {
        remindedDueAt = at;
    }

    public Long getClaimId() {
        return claimId;
    }

    public String getItem() {
        return item;
    }

    public String getLabel() {
        return label;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public State getState() {
        return state;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public String getRequestedByName() {
        return requestedByName;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedByName() {
        return closedByName;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public Instant getRemindedWeekAt() {
        return remindedWeekAt;
    }

    public Instant getRemindedDueAt() {
        return remindedDueAt;
    }
}
