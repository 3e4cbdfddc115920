package fr.victimportal.claim;

import fr.victimportal.deadline.ClaimFacts;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.DeadlineSchedule;
import fr.victimportal.deadline.Questionnaire;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The legal clock applied to a claim: turns what the victim declared into the engine's facts. An answer given in the
 * portal counts as received by the insurer on the day it was given (the portal is the channel to the insurer).
 */
@Service
public class ClaimDeadlines {

    private final DeadlineEngine engine = new DeadlineEngine();
    private final ObjectProvider<SettlementFacts> settlements;
    private final ObjectProvider<ExaminationFacts> examinations;
    private final ObjectProvider<ClaimCycles> cycles;

    public ClaimDeadlines(ObjectProvider<SettlementFacts> settlements, ObjectProvider<ExaminationFacts> examinations,
            ObjectProvider<ClaimCycles> cycles) {
        this.settlements = settlements;
        this.examinations = examinations;
        this.cycles = cycles;
    }

    /** The claim's cycles (initial only when the aggravation module is absent). */
    public ClaimCycles cycles() {
        return cycles.getIfAvailable(() -> ClaimCycles.INITIAL_ONLY);
    }

    private Optional<ExaminationFacts.Examination> examination(ClaimFile file) {
        ExaminationFacts facts = examinations.getIfAvailable();
        return facts == null ? Optional.empty() : facts.latestExamination(file.reference());
    }

    public DeadlineSchedule scheduleFor(ClaimFile file, LocalDate today) {
        return engine.computeAll(factsOf(file), today);
    }

    /** A deadline of the claim and, when the claim shows it was met, the day it was. */
    public record ClaimDeadline(Deadline deadline, LocalDate doneOn) {
        public boolean done() {
            return doneOn != null;
        }
    }

    /** The claim's deadlines in date order, each marked done when the claim records the act that meets it. */
    public List<ClaimDeadline> deadlinesOf(ClaimFile file, LocalDate today) {
        return scheduleFor(file, today).deadlines().stream()
                .map(d -> new ClaimDeadline(d, doneOn(d.code(), file)))
                .toList();
    }

    private LocalDate doneOn(DeadlineCode code, ClaimFile file) {
        return switch (code) {
            case INSURER_NOTICE -> file.dates().declaredToInsurer();
            case QUESTIONNAIRE_ANSWER -> file.questionnaire().answeredOn();
            case PAYMENT -> settlement(file).map(SettlementFacts.Settlement::paidOn).orElse(null);
            case EXPERT_REPORT -> examination(file).map(ExaminationFacts.Examination::reportReceivedOn).orElse(null);
            case OFFER_8M, OFFER_3M -> offerDates(file.reference()).firstOfferOn();
            case OFFER_DEFINITIVE_5M -> offerDates(file.reference()).firstDefinitiveOfferOn();
            default -> null;
        };
    }

    /** The offers received on the claim, for the jobs and the dashboard. */
    public SettlementFacts.OfferDates offerDates(String reference) {
        SettlementFacts facts = settlements.getIfAvailable();
        return facts == null ? SettlementFacts.OfferDates.NONE : facts.offerDates(reference);
    }

    /** Whether the examination report has reached the victim (R211-44). */
    public boolean reportReceived(ClaimFile file) {
        return examination(file).map(e -> e.reportReceivedOn() != null).orElse(false);
    }

    /** The claim's standing settlement, or {@code null}. */
    public SettlementFacts.Settlement standingSettlement(ClaimFile file) {
        return settlement(file).orElse(null);
    }

    private Optional<SettlementFacts.Settlement> settlement(ClaimFile file) {
        SettlementFacts facts = settlements.getIfAvailable();
        return facts == null ? Optional.empty() : facts.standingSettlement(file.reference());
    }

    ClaimFacts factsOf(ClaimFile file) {
        ProcedureDates d = file.dates();
        LocalDate answered = file.questionnaire().answeredOn();
        Questionnaire questionnaire = d.questionnairePresented() == null ? null
                : new Questionnaire(d.questionnairePresented(), answered, answered, null);
        return ClaimFacts.builder()
                .accidentDate(file.accident().date())
                .insurerNoticeDate(d.declaredToInsurer())
                .consolidationDate(d.consolidation())
                .consolidationKnownDate(d.insurerKnewConsolidation())
                .questionnaire(questionnaire)
                .victimOverseasOrAbroad(file.situation().livesAbroad())
                .settlementDate(settlement(file).map(SettlementFacts.Settlement::concludedOn).orElse(null))
                .examinationDate(examination(file).map(ExaminationFacts.Examination::examinationDate).orElse(null))
                .examNoticeReceivedDate(examination(file).map(ExaminationFacts.Examination::noticeReceivedOn)
                        .orElse(null))
                .aggravations(cycles().consolidatedAggravations(file.reference()))
                .build();
    }
}
