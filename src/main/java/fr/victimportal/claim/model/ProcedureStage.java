package fr.victimportal.claim.model;

import fr.victimportal.claim.ExaminationFacts;
import fr.victimportal.claim.SettlementFacts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The stages of the procedure in order, as the dashboard's timeline shows them (docs/legal-notes.md). The stage follows the
 * facts of the latest cycle — the initial claim, or the latest aggravation (L211-19) — whichever of them came last:
 * questionnaire sent → examination held → report received → offer received → accepted (while an L211-15 authorisation
 * is awaited, the claim stays at the agreement stage) → withdrawal period over or settlement withdrawn → paid.
 */
public enum ProcedureStage {
    DECLARATION,
    QUESTIONNAIRE,
    EXAMINATION,
    REPORT,
    OFFER,
    SETTLEMENT,
    WITHDRAWAL_PERIOD,
    PAYMENT,
    AGGRAVATION;

    /**
     * Where a claim stands.
     *
     * @param current              the stage the claim is at
     * @param completedOn          the date each past stage was completed, when the claim records it
     * @param passed               every past stage, dated or not (a later fact shows the stage is over)
     * @param aggravationDeclaredOn the day the latest aggravation was declared, {@code null} in the initial cycle
     * @param cycle                the facts the stage was read from
     */
    public record Progress(
            ProcedureStage current,
            Map<ProcedureStage, LocalDate> completedOn,
            Set<ProcedureStage> passed,
            LocalDate aggravationDeclaredOn,
            Cycle cycle) {

        public Progress(ProcedureStage current, Map<ProcedureStage, LocalDate> completedOn) {
            this(current, completedOn, completedOn.keySet(), null, Cycle.NONE);
        }

        public boolean aggravationCycle() {
            return aggravationDeclaredOn != null;
        }
    }

    /**
     * What the claim records of one cycle. Each part is {@code null} when not recorded.
     *
     * @param questionnaireSentOn the day the victim sent the R211-37 answers (the aggravation's own questionnaire in
     *                            an aggravation cycle)
     */
    public record Cycle(
            LocalDate declaredOn,
            LocalDate questionnaireSentOn,
            ExaminationFacts.Examination examination,
            SettlementFacts.CycleOffer offer,
            SettlementFacts.CycleSettlement settlement,
            LocalDate acceptedAwaitingAuthorisationOn) {
        public static final Cycle NONE = new Cycle(null, null, null, null, null);

        /** No acceptance waiting for an L211-15 authorisation. */
        public Cycle(
                LocalDate declaredOn,
                LocalDate questionnaireSentOn,
                ExaminationFacts.Examination examination,
                SettlementFacts.CycleOffer offer,
                SettlementFacts.CycleSettlement settlement) {
            this(declaredOn, questionnaireSentOn, examination, offer, settlement, null);
        }
    }

    /** Only what the claim module itself knows (no examination, offer or aggravation). */
    public static Progress of(ClaimFile file, ZoneId zone) {
        return of(
                file, zone, false, new Cycle(null, file.questionnaireSentOn(), null, null, null), LocalDate.now(zone));
    }

    /**
     * @param aggravation whether {@code cycle} is an aggravation's (then its declaration opens it)
     */
    public static Progress of(ClaimFile file, ZoneId zone, boolean aggravation, Cycle cycle, LocalDate today) {
        Map<ProcedureStage, LocalDate> done = new EnumMap<>(ProcedureStage.class);
        Set<ProcedureStage> passed = EnumSet.noneOf(ProcedureStage.class);
        if (!file.submitted()) {
            return new Progress(DECLARATION, done, passed, null, cycle);
        }
        pass(
                DECLARATION,
                file.submittedAt() == null
                        ? null
                        : file.submittedAt().atZone(zone).toLocalDate(),
                done,
                passed);
        LocalDate openedOn = aggravation ? cycle.declaredOn() : null;
        ProcedureStage current = current(cycle, today);
        // every stage before the current one is over; dated when the claim records the day
        for (ProcedureStage stage : values()) {
            if (stage == DECLARATION || stage.compareTo(current) >= 0) {
                continue;
            }
            pass(stage, dateOf(stage, cycle), done, passed);
        }
        return new Progress(current, done, passed, openedOn, cycle);
    }

    private static ProcedureStage current(Cycle c, LocalDate today) {
        SettlementFacts.CycleSettlement s = c.settlement();
        if (s != null) {
            if (!s.finalOn(today)) {
                return WITHDRAWAL_PERIOD;
            }
            return s.paidOn() == null ? PAYMENT : AGGRAVATION;
        }
        if (c.acceptedAwaitingAuthorisationOn() != null) {
            return SETTLEMENT; // L211-15: accepted, waiting for the judge's authorisation; no period runs yet
        }
        if (c.offer() != null) {
            return OFFER; // received, refused, or its settlement withdrawn: the offer stage again
        }
        ExaminationFacts.Examination exam = c.examination();
        if (exam != null && exam.reportReceivedOn() != null) {
            return OFFER;
        }
        if (exam != null
                && exam.examinationDate() != null
                && !exam.examinationDate().isAfter(today)) {
            return REPORT;
        }
        if (exam != null || c.questionnaireSentOn() != null) {
            return EXAMINATION;
        }
        return QUESTIONNAIRE;
    }

    private static LocalDate dateOf(ProcedureStage stage, Cycle c) {
        ExaminationFacts.Examination exam = c.examination();
        SettlementFacts.CycleSettlement s = c.settlement();
        return switch (stage) {
            case QUESTIONNAIRE -> c.questionnaireSentOn();
            case EXAMINATION -> exam == null ? null : exam.examinationDate();
            case REPORT -> exam == null ? null : exam.reportReceivedOn();
            case OFFER -> c.offer() == null ? null : c.offer().receivedOn();
            case SETTLEMENT -> s == null ? null : s.concludedOn();
            case WITHDRAWAL_PERIOD -> s == null ? null : s.withdrawalEndsOn();
            case PAYMENT -> s == null ? null : s.paidOn();
            default -> null;
        };
    }

    private static void pass(
            ProcedureStage stage, LocalDate on, Map<ProcedureStage, LocalDate> done, Set<ProcedureStage> passed) {
        passed.add(stage);
        if (on != null) {
            done.put(stage, on);
        }
    }
}
