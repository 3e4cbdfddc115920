package fr.victimportal.aggravation.domain;

import fr.victimportal.aggravation.AggravationNature;
import fr.victimportal.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One aggravation declared on a claim after its settlement (L211-19): the start of a new cycle. */
@Entity
@Table(name = "aggravation")
public class AggravationRecord extends AbstractEntity {

    @Column(name = "claim_reference", nullable = false)
    private String claimReference;

    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AggravationNature nature;

    @Column(name = "worse_since", nullable = false)
    private LocalDate worseSince;

    @Column(nullable = false)
    private String description;

    @Column(name = "insurer_name", nullable = false)
    private String insurerName;

    @Column(name = "declared_on", nullable = false)
    private LocalDate declaredOn;

    @Column(name = "declared_by", nullable = false)
    private Long declaredBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    @Column(name = "questionnaire_presented_on")
    private LocalDate questionnairePresentedOn;

    @Column(name = "questionnaire_answered_on")
    private LocalDate questionnaireAnsweredOn;

    @Column(name = "consolidation_on")
    private LocalDate consolidationOn;

    @Column(name = "consolidation_recorded_by")
    private Long consolidationRecordedBy;

    protected AggravationRecord() {}

    public AggravationRecord(
            String claimReference,
            int sequenceNo,
            AggravationNature nature,
            LocalDate worseSince,
            String description,
            String insurerName,
            LocalDate declaredOn,
            long declaredBy,
            Instant declaredAt) {
        this.claimReference = claimReference;
        this.sequenceNo = sequenceNo;
        this.nature = nature;
        this.worseSince = worseSince;
        this.description = description;
        this.insurerName = insurerName;
        this.declaredOn = declaredOn;
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
    }

    public void consolidated(LocalDate on, long by) {
        this.consolidationOn = on;
        this.consolidationRecordedBy = by;
    }

    public void questionnairePresented(LocalDate on) {
        this.questionnairePresentedOn = on;
    }

    public void questionnaireAnswered(LocalDate on) {
        this.questionnaireAnsweredOn = on;
    }

    public String getClaimReference() {
        return claimReference;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public AggravationNature getNature() {
        return nature;
    }

    public LocalDate getWorseSince() {
        return worseSince;
    }

    public String getDescription() {
        return description;
    }

    public String getInsurerName() {
        return insurerName;
    }

    public LocalDate getDeclaredOn() {
        return declaredOn;
    }

    public LocalDate getQuestionnairePresentedOn() {
        return questionnairePresentedOn;
    }

    public LocalDate getQuestionnaireAnsweredOn() {
        return questionnaireAnsweredOn;
    }

    public LocalDate getConsolidationOn() {
        return consolidationOn;
    }
}
