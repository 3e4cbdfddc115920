package fr.victimportal.claim;

import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Minority;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.ProcedureFacts;
import fr.victimportal.claim.model.ProcedureStage;
import fr.victimportal.deadline.ClaimFacts;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.DeadlineSchedule;
import fr.victimportal.deadline.Questionnaire;
import fr.victimportal.deadline.Responsible;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The legal clock applied to a claim: turns what the victim declared into the engine's facts. The R211-37 answers count
 * as received by the insurer on the day the victim says they sent them, never on the day they were saved here (the
 * portal sends nothing to the insurer).
 */
@Service
public class ClaimDeadlines {

    private final DeadlineEngine engine = new DeadlineEngine();
    private final ObjectProvider<SettlementFacts> settlements;
    private final ObjectProvider<ExaminationFacts> examinations;
    private final ObjectProvider<ClaimCycles> cycles;

    public ClaimDeadlines(
            ObjectProvider<SettlementFacts> settlements,
            ObjectProvider<ExaminationFacts> examinations,
            ObjectProvider<ClaimCycles> cycles) {
        this.settlements = settlements;
        this.examinations = examinations;
        this.cycles = cycles;
    }

    /**
     * Who answers for the accident, as the owner said (an insurer until they say otherwise): read with the claim file,
     * no second look at the claim's row (issue 25).
     */
    public Responsible responsibleOf(ClaimFile file) {
        return file.responsible() == null ? Responsible.INSURED : file.responsible();
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
        return engine.computeAll(factsOf(new Known(file)), today);
    }

    /**
     * What the other modules know of one claim (settlement, latest examination, offers), each asked at most once
     * however many deadlines and stages need it.
     */
    private final class Known {
        private final ClaimFile file;
        private Optional<SettlementFacts.Settlement> settlement;
        private Optional<ExaminationFacts.Examination> examination;
        private SettlementFacts.OfferDates offers;

        Known(ClaimFile file) {
            this.file = file;
        }

        Optional<SettlementFacts.Settlement> settlement() {
            if (settlement == null) {
                settlement = ClaimDeadlines.this.settlement(file);
            }
            return settlement;
        }

        Optional<ExaminationFacts.Examination> examination() {
            if (examination == null) {
                examination = ClaimDeadlines.this.examination(file);
            }
            return examination;
        }

        SettlementFacts.OfferDates offers() {
            if (offers == null) {
                offers = offerDates(file.reference());
            }
            return offers;
        }
    }

    /**
     * A claim's deadlines with what they were computed from, for screens that list many claims (the agents' queue):
     * one look at each module per claim.
     */
    public record Standing(
            List<ClaimDeadline> deadlines,
            SettlementFacts.Settlement settlement,
            SettlementFacts.OfferDates offers,
            boolean reportReceived) {}

    public Standing standingOf(ClaimFile file, LocalDate today) {
        Known known = new Known(file);
        return new Standing(
                deadlinesOf(known, today),
                known.settlement().orElse(null),
                known.offers(),
                known.examination().map(e -> e.reportReceivedOn() != null).orElse(false));
    }

    /**
     * A deadline of the claim and, when the claim shows it was met, the day it was.
     *
     * @param minority for a ten-year limitation whose consolidation came while the victim was a minor (C. civ. 2235):
     *                 the likely later end, shown beside the earlier date the portal keeps; else {@code null}
     */
    public record ClaimDeadline(Deadline deadline, LocalDate doneOn, Minority.Suspended minority) {
        public ClaimDeadline(Deadline deadline, LocalDate doneOn) {
            this(deadline, doneOn, null);
        }

        public boolean done() {
            return doneOn != null;
        }
    }

    /** The claim's deadlines in date order, each marked done when the claim records the act that meets it. */
    public List<ClaimDeadline> deadlinesOf(ClaimFile file, LocalDate today) {
        return deadlinesOf(new Known(file), today);
    }

    private List<ClaimDeadline> deadlinesOf(Known known, LocalDate today) {
        return engine.computeAll(factsOf(known), today).deadlines().stream()
                .map(d -> new ClaimDeadline(d, doneOn(d.code(), known), minority(d, known.file)))
                .toList();
    }

    /** C. civ. 2235: the ten years do not run during the victim's minority; the engine counts as for an adult. */
    private static Minority.Suspended minority(Deadline d, ClaimFile file) {
        if (d.code() != DeadlineCode.LIMITATION && d.code() != DeadlineCode.AGGRAVATION_LIMITATION) {
            return null;
        }
        return Minority.limitationSuspended(file, d.triggerDate()).orElse(null);
    }

    private LocalDate doneOn(DeadlineCode code, Known known) {
        ClaimFile file = known.file;
        return switch (code) {
            case INSURER_NOTICE -> file.dates().declaredToInsurer();
            case QUESTIONNAIRE_ANSWER -> file.questionnaireSentOn();
            case PAYMENT ->
                known.settlement().map(SettlementFacts.Settlement::paidOn).orElse(null);
            case EXPERT_REPORT ->
                known.examination()
                        .map(ExaminationFacts.Examination::reportReceivedOn)
                        .orElse(null);
            case OFFER_8M, OFFER_3M -> known.offers().firstOfferOn();
            case OFFER_DEFINITIVE_5M -> known.offers().firstDefinitiveOfferOn();
            default -> null;
        };
    }

    /** The offers received on the claim, for the jobs and the dashboard. */
    public SettlementFacts.OfferDates offerDates(String reference) {
        SettlementFacts facts = settlements.getIfAvailable();
        return facts == null ? SettlementFacts.OfferDates.NONE : facts.offerDates(reference);
    }

    /**
     * Where the procedure stands: the facts of the latest cycle, the initial claim or the latest aggravation
     * (questionnaire, examination, report, offer, settlement, withdrawal period, payment).
     */
    public ProcedureStage.Progress progressOf(ClaimFile file, LocalDate today, ZoneId zone) {
        return progressOf(new Known(file), today, zone);
    }

    /**
     * What the dashboard shows of the legal clock: the stage, the deadlines and the standing settlement, each module
     * asked once for the whole screen (issue 25).
     */
    public record Overview(
            ProcedureStage.Progress progress,
            List<ClaimDeadline> deadlines,
            SettlementFacts.@Nullable Settlement settlement) {}

    public Overview overviewOf(ClaimFile file, LocalDate today, ZoneId zone) {
        Known known = new Known(file);
        return new Overview(
                progressOf(known, today, zone),
                deadlinesOf(known, today),
                known.settlement().orElse(null));
    }

    private ProcedureStage.Progress progressOf(Known known, LocalDate today, ZoneId zone) {
        ClaimFile file = known.file;
        Optional<Long> aggravation = cycles().currentCycle(file.reference());
        Long cycle = aggravation.orElse(null);
        ExaminationFacts exams = examinations.getIfAvailable();
        SettlementFacts offers = settlements.getIfAvailable();
        // the initial cycle's latest examination is the one the deadlines read too: asked once
        ExaminationFacts.Examination exam = exams == null
                ? null
                : cycle == null
                        ? known.examination().orElse(null)
                        : exams.latestExamination(file.reference(), cycle).orElse(null);
        SettlementFacts.CycleOffer offer = offers == null
                ? null
                : offers.latestOffer(file.reference(), cycle).orElse(null);
        SettlementFacts.CycleSettlement settlement = offers == null
                ? null
                : offers.standingSettlement(file.reference(), cycle).orElse(null);
        LocalDate awaitingAuthorisation = offers == null
                ? null
                : offers.acceptanceAwaitingAuthorisation(file.reference(), cycle)
                        .orElse(null);
        ProcedureStage.Cycle facts;
        if (cycle == null) {
            facts = new ProcedureStage.Cycle(
                    null, file.questionnaireSentOn(), exam, offer, settlement, awaitingAuthorisation);
        } else {
            ClaimCycles.Opening opening =
                    cycles().opening(file.reference(), cycle).orElse(new ClaimCycles.Opening(null, null));
            // an aggravation declared with no recorded date still opens its cycle
            LocalDate declared = opening.declaredOn() == null ? today : opening.declaredOn();
            facts = new ProcedureStage.Cycle(
                    declared, opening.questionnaireAnsweredOn(), exam, offer, settlement, awaitingAuthorisation);
        }
        return ProcedureStage.of(file, zone, cycle != null, facts, today);
    }

    /** The date of the claim's latest examination of the initial cycle, if one is recorded. */
    Optional<LocalDate> latestExaminationDate(String reference) {
        ExaminationFacts facts = examinations.getIfAvailable();
        return facts == null
                ? Optional.empty()
                : facts.latestExamination(reference).map(ExaminationFacts.Examination::examinationDate);
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
        return factsOf(new Known(file));
    }

    private ClaimFacts factsOf(Known known) {
        ClaimFile file = known.file;
        ProcedureDates d = file.dates();
        LocalDate sent = file.questionnaireSentOn();
        Questionnaire questionnaire = d.questionnairePresented() == null
                ? null
                : new Questionnaire(d.questionnairePresented(), sent, sent, null);
        ProcedureFacts f = file.facts() == null ? ProcedureFacts.NONE : file.facts();
        return ClaimFacts.builder()
                .accidentDate(file.accident().date())
                .insurerNoticeDate(d.declaredToInsurer())
                .compensationRequestDate(f.compensationRequested())
                .liabilityContested(f.liabilityContested())
                .damageFullyQuantified(f.damageFullyQuantified())
                .thirdPartyPayerOverseasOrAbroad(f.thirdPartyPayerAbroad())
                .deathDate(f.victimDied())
                .courtExpertOnInsurerRequest(f.courtExpertOnInsurerRequest())
                .consolidationDate(d.consolidation())
                .consolidationKnownDate(d.insurerKnewConsolidation())
                .questionnaire(questionnaire)
                .victimOverseasOrAbroad(file.situation().livesAbroad())
                .settlementDate(known.settlement()
                        .map(SettlementFacts.Settlement::concludedOn)
                        .orElse(null))
                .examinationDate(known.examination()
                        .map(ExaminationFacts.Examination::examinationDate)
                        .orElse(null))
                .examNoticeReceivedDate(known.examination()
                        .map(ExaminationFacts.Examination::noticeReceivedOn)
                        .orElse(null))
                .aggravations(cycles().consolidatedAggravations(file.reference()))
                .responsible(responsibleOf(file)) // R421-12: the guarantee fund's periods when nobody insured answers
                .build();
    }
}
