package fr.victimportal.aggravation;

import fr.victimportal.claim.ExaminationFacts;
import fr.victimportal.claim.SettlementFacts.CycleOffer;
import fr.victimportal.claim.SettlementFacts.CycleSettlement;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.deadline.Deadline;
import java.time.LocalDate;
import java.util.List;

/**
 * The aggravation right of one claim as one user may see it: the initial settlement, the limitation periods that
 * apply, whether a new aggravation may be declared now (and why not), and every aggravation in order.
 *
 * @param initialLimitation the initial claim's 10 years from its consolidation (C. civ. 2226), {@code null} while the
 *                          consolidation date is not known
 * @param declareRefusal    why an aggravation cannot be declared now (message key and arguments), or {@code null}
 */
public record AggravationOverview(
        ClaimFile claim,
        LocalDate today,
        CycleOffer initialOffer,
        CycleSettlement initialSettlement,
        Deadline initialLimitation,
        Refusal declareRefusal,
        boolean mayRecordConsolidation,
        boolean mayRecordQuestionnaire,
        List<Item> aggravations) {

    public Relation viewer() {
        return claim.viewer();
    }

    public boolean mayDeclare() {
        return declareRefusal == null;
    }

    /** A refusal to show as it is: the message key and its arguments. */
    public record Refusal(String messageKey, Object... arguments) {}

    /** Where one aggravation's cycle stands. */
    public enum Stage {
        DECLARED,
        QUESTIONNAIRE,
        EXAMINATION,
        REPORT,
        OFFER,
        WITHDRAWAL_PERIOD,
        SETTLED;

        public String messageKey() {
            return "aggr.stage." + name();
        }
    }

    /**
     * One aggravation and its cycle.
     *
     * @param limitation 10 years from its own consolidation (C. civ. 2226, L211-19), {@code null} until it is known
     * @param examination the examination of this cycle (expertise module), or {@code null}
     * @param offer       the latest offer of this cycle, or {@code null}
     * @param settlement  the standing settlement of this cycle, or {@code null}
     */
    public record Item(
            long id,
            int number,
            AggravationNature nature,
            LocalDate worseSince,
            String description,
            String insurerName,
            LocalDate declaredOn,
            LocalDate questionnairePresentedOn,
            LocalDate questionnaireAnsweredOn,
            LocalDate consolidationOn,
            Deadline limitation,
            ExaminationFacts.Examination examination,
            CycleOffer offer,
            CycleSettlement settlement,
            Stage stage) {}
}
