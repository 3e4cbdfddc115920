package fr.victimportal.aggravation;

import fr.victimportal.aggravation.AggravationOverview.Item;
import fr.victimportal.aggravation.AggravationOverview.Stage;
import fr.victimportal.aggravation.domain.AggravationRecord;
import fr.victimportal.claim.ExaminationFacts;
import fr.victimportal.claim.SettlementFacts;
import fr.victimportal.claim.SettlementFacts.CycleOffer;
import fr.victimportal.claim.SettlementFacts.CycleSettlement;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.EventType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where each aggravation's cycle stands, for {@link Aggravations}: its own limitation once consolidated, its latest
 * examination, offer and settlement (read from the modules that record them, when they are present), and the stage
 * these add up to.
 */
@Component
class AggravationItems {

    private final ObjectProvider<SettlementFacts> settlements;
    private final ObjectProvider<ExaminationFacts> examinations;
    private final DeadlineEngine engine = new DeadlineEngine();

    AggravationItems(ObjectProvider<SettlementFacts> settlements, ObjectProvider<ExaminationFacts> examinations) {
        this.settlements = settlements;
        this.examinations = examinations;
    }

    /** One aggravation of the claim {@code reference} as the overview lists it. */
    Item item(String reference, AggravationRecord r, LocalDate today) {
        Deadline limitation = r.getConsolidationOn() == null
                ? null
                : engine.forEvent(EventType.AGGRAVATION_CONSOLIDATION, r.getConsolidationOn()).stream()
                        .filter(d -> d.code() == DeadlineCode.AGGRAVATION_LIMITATION)
                        .findFirst()
                        .orElseThrow();
        ExaminationFacts exams = examinations.getIfAvailable();
        ExaminationFacts.Examination exam = exams == null
                ? null
                : exams.latestExamination(reference, r.getId()).orElse(null);
        CycleOffer offer = settlementFacts().latestOffer(reference, r.getId()).orElse(null);
        CycleSettlement settlement =
                settlementFacts().standingSettlement(reference, r.getId()).orElse(null);
        return new Item(
                r.getId(),
                r.getSequenceNo(),
                r.getNature(),
                r.getWorseSince(),
                r.getDescription(),
                r.getInsurerName(),
                r.getDeclaredOn(),
                r.getQuestionnairePresentedOn(),
                r.getQuestionnaireAnsweredOn(),
                r.getConsolidationOn(),
                limitation,
                exam,
                offer,
                settlement,
                stage(r, exam, offer, settlement, today));
    }

    static Stage stage(
            AggravationRecord r,
            ExaminationFacts.Examination exam,
            CycleOffer offer,
            CycleSettlement settlement,
            LocalDate today) {
        if (settlement != null) {
            return settlement.finalOn(today) ? Stage.SETTLED : Stage.WITHDRAWAL_PERIOD;
        }
        if (offer != null) {
            return Stage.OFFER;
        }
        if (exam != null) {
            return exam.reportReceivedOn() != null || !today.isBefore(exam.examinationDate())
                    ? Stage.REPORT
                    : Stage.EXAMINATION;
        }
        if (r.getQuestionnairePresentedOn() != null) {
            return Stage.QUESTIONNAIRE;
        }
        return Stage.DECLARED;
    }

    /** The offers and settlements of the claim's cycles; none when the offer module is absent. */
    SettlementFacts settlementFacts() {
        return settlements.getIfAvailable(() -> new SettlementFacts() {
            @Override
            public Optional<Settlement> standingSettlement(String claimReference) {
                return Optional.empty();
            }
        });
    }
}
