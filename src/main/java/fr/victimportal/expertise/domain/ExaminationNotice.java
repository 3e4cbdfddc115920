package fr.victimportal.expertise.domain;

import fr.victimportal.expertise.NoticeInput;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

@Entity
@Table(name = "examination_notice")
public class ExaminationNotice extends AbstractEntity {

    private String claimReference;
    private String examiningDoctor;
    private String qualifications;
    private String purpose;
    private LocalDate examDate;
    private LocalTime examTime;
    private String place;
    private String insurerName;
    private boolean assistanceRightStated;
    private LocalDate noticeReceivedOn;
    private LocalDate reportReceivedOn;

    @Column(name = "recorded_by")
    private Long recordedBy;

    private Instant recordedAt;
    /** The aggravation whose cycle this examination belongs to (L211-19), or null for the initial claim. */
    private Long aggravationId;

    protected ExaminationNotice() {}

    public ExaminationNotice(String claimReference, NoticeInput in, long recordedBy, Instant recordedAt) {
        this.claimReference = claimReference;
        this.examiningDoctor = in.examiningDoctor();
        this.qualifications = in.qualifications();
        this.purpose = in.purpose();
        this.examDate = in.examDate();
        this.examTime = in.examTime();
        this.place = in.place();
        this.insurerName = in.insurerName();
        this.assistanceRightStated = in.assistanceRightStated();
        this.noticeReceivedOn = in.noticeReceivedOn();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public NoticeInput input() {
        return new NoticeInput(
                examiningDoctor,
                qualifications,
                purpose,
                examDate,
                examTime,
                place,
                insurerName,
                assistanceRightStated,
                noticeReceivedOn);
    }

    public void belongsTo(Long aggravationId) {
        this.aggravationId = aggravationId;
    }

    public Long getAggravationId() {
        return aggravationId;
    }

    public LocalDate getReportReceivedOn() {
        return reportReceivedOn;
    }

    public void reportReceived(LocalDate on) {
        this.reportReceivedOn = on;
    }

    public String getClaimReference() {
        return claimReference;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
