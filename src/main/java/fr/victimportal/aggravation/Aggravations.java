package fr.victimportal.aggravation;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.aggravation.AggravationOverview.Item;
import fr.victimportal.aggravation.AggravationOverview.Refusal;
import fr.victimportal.aggravation.AggravationOverview.Stage;
import fr.victimportal.aggravation.domain.AggravationRecord;
import fr.victimportal.aggravation.domain.AggravationRecordRepository;
import fr.victimportal.aggravation.events.AggravationConsolidated;
import fr.victimportal.aggravation.events.AggravationDeclared;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.SettlementFacts.CycleOffer;
import fr.victimportal.claim.SettlementFacts.CycleSettlement;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aggravation module's public face (L211-19; C. civ. 2226; docs/legal-notes.md). After the initial settlement has become
 * final, the victim may declare that their condition got worse: it is addressed to the insurer that paid and opens a
 * new cycle on the same claim — questionnaire, examination, offer and settlement, each linked to the aggravation. Every
 * participant of the claim may read it; only the victim declares; the victim or the insurer's agent records the new
 * consolidation, which starts its own 10 years. Whether the L211-9 offer deadlines bind the insurer for an aggravation
 * is not settled law (❌): no offer deadline is computed for it.
 */
@Service
@Transactional
public class Aggravations {

    /** No transaction recorded: the declaration then needs the date of the judgment that settled the damage. */
    public static final String NO_SETTLEMENT = "aggr.refusal.noSettlement";

    static final int DESCRIPTION_MIN = 10;
    static final int DESCRIPTION_MAX = 2000;

    private final ClaimService claims;
    private final ClaimDeadlines deadlines;
    private final AggravationRecordRepository records;
    private final AggravationItems progress;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Aggravations(
            ClaimService claims,
            ClaimDeadlines deadlines,
            AggravationRecordRepository records,
            AggravationItems progress,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.claims = claims;
        this.deadlines = deadlines;
        this.records = records;
        this.progress = progress;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The claim as the current user sees it; anyone with no part in it gets "not found". */
    @Transactional(readOnly = true)
    public ClaimFile claim(String reference) {
        ClaimFile file = claims.open(reference);
        if (!file.submitted()) {
            throw new ClaimNotFoundException(reference);
        }
        return file.require(HelperScope.CORRESPONDENCE);
    }

    @Transactional(readOnly = true)
    public AggravationOverview overview(String reference) {
        ClaimFile file = claim(reference);
        LocalDate today = today();
        Optional<CycleOffer> initialOffer = progress.settlementFacts().latestOffer(file.reference(), null);
        Optional<CycleSettlement> initial = progress.settlementFacts().standingSettlement(file.reference(), null);
        Deadline initialLimitation =
                deadlines.scheduleFor(file, today).find(DeadlineCode.LIMITATION).orElse(null);
        List<Item> items = records.findByClaimReferenceOrderBySequenceNoAsc(file.reference()).stream()
                .map(r -> progress.item(file.reference(), r, today))
                .toList();
        return new AggravationOverview(
                file,
                today,
                initialOffer.orElse(null),
                initial.orElse(null),
                initialLimitation,
                refusal(file, initialOffer, initial, items, today),
                mayRecordConsolidation(file),
                file.viewer() == Relation.AGENT,
                items);
    }

    /**
     * The victim declares an aggravation. Refused, with the reason, before the initial settlement is final, while an
     * earlier aggravation is still being settled, or when only better equipment or care became available.
     */
    public long declare(String reference, AggravationInput in) {
        ClaimFile file = claim(reference);
        LocalDate today = today();
        Optional<CycleOffer> initialOffer = progress.settlementFacts().latestOffer(file.reference(), null);
        Optional<CycleSettlement> initial = progress.settlementFacts().standingSettlement(file.reference(), null);
        List<AggravationRecord> earlier = records.findByClaimReferenceOrderBySequenceNoAsc(file.reference());
        Refusal refusal = refusal(
                file,
                initialOffer,
                initial,
                earlier.stream()
                        .map(r -> progress.item(file.reference(), r, today))
                        .toList(),
                today);
        boolean afterJudgment = refusal != null
                && NO_SETTLEMENT.equals(refusal.messageKey())
                && in != null
                && in.initialJudgmentOn() != null;
        if (refusal != null && !afterJudgment) {
            throw new UserInputException(
                    NO_SETTLEMENT.equals(refusal.messageKey()) ? "initialJudgmentOn" : null,
                    refusal.messageKey(),
                    refusal.arguments());
        }
        if (afterJudgment
                && (in.initialJudgmentOn().isAfter(today)
                        || (file.accident().date() != null
                                && in.initialJudgmentOn()
                                        .isBefore(file.accident().date())))) {
            throw new UserInputException("initialJudgmentOn", "aggr.error.judgmentDate");
        }
        if (in == null || in.nature() == null) {
            throw new UserInputException("nature", "aggr.error.nature");
        }
        if (in.nature() == AggravationNature.EQUIPMENT_ONLY) {
            throw new UserInputException("nature", "aggr.error.equipmentOnly");
        }
        if (in.worseSince() == null) {
            throw new UserInputException("worseSince", "aggr.error.worseSince");
        }
        if (in.worseSince().isAfter(today)) {
            throw new UserInputException("worseSince", "aggr.error.worseSinceFuture");
        }
        if (file.accident().date() != null
                && in.worseSince().isBefore(file.accident().date())) {
            throw new UserInputException("worseSince", "aggr.error.worseSinceBeforeAccident");
        }
        String description = in.description() == null ? "" : in.description().strip();
        if (description.length() < DESCRIPTION_MIN || description.length() > DESCRIPTION_MAX) {
            throw new UserInputException("description", "aggr.error.description", DESCRIPTION_MIN, DESCRIPTION_MAX);
        }
        int number = earlier.size() + 1;
        // L211-19: the insurer that paid; after a judgment (no offer recorded here), the one that covered the
        // vehicle involved, or the one an earlier aggravation went to
        String insurer = initialOffer
                .map(CycleOffer::insurerName)
                .or(() ->
                        earlier.stream().map(AggravationRecord::getInsurerName).findFirst())
                .orElseGet(() -> insurerOf(file));
        AggravationRecord saved = records.saveAndFlush(new AggravationRecord(
                file.reference(),
                number,
                in.nature(),
                in.worseSince(),
                description,
                insurer,
                today,
                currentUser.require().id(),
                clock.instant()));
        // the reminders replan in this transaction; the agents' notice follows after the commit (AggravationNotices)
        events.publishEvent(new AggravationDeclared(
                file.reference(),
                saved.getId(),
                number,
                in.worseSince(),
                today,
                afterJudgment ? in.initialJudgmentOn() : null));
        return saved.getId();
    }

    /** The consolidation of the aggravated damage (from the report): it starts the aggravation's own 10 years. */
    public void recordConsolidation(String reference, long aggravationId, LocalDate on) {
        ClaimFile file = claim(reference);
        if (!mayRecordConsolidation(file)) {
            throw new UserInputException(null, "aggr.error.consolidationNotAllowed");
        }
        AggravationRecord r = owned(file, aggravationId);
        if (on == null || on.isAfter(today())) {
            throw new UserInputException("consolidation", "aggr.error.consolidationDate");
        }
        if (on.isBefore(r.getWorseSince())) {
            throw new UserInputException(
                    "consolidation", "aggr.error.consolidationBeforeWorsening", Formats.shortDate(r.getWorseSince()));
        }
        r.consolidated(on, currentUser.require().id());
        records.saveAndFlush(r);
        events.publishEvent(new AggravationConsolidated(file.reference(), r.getId(), on));
    }

    /** The insurer's agent records the day its questionnaire for this aggravation reached the victim. */
    public void recordQuestionnairePresented(String reference, long aggravationId, LocalDate on) {
        ClaimFile file = claim(reference);
        if (file.viewer() != Relation.AGENT) {
            throw new UserInputException(null, "aggr.error.agentOnly");
        }
        AggravationRecord r = owned(file, aggravationId);
        if (on == null || on.isAfter(today()) || on.isBefore(r.getDeclaredOn())) {
            throw new UserInputException("questionnairePresented", "aggr.error.questionnaireDate");
        }
        r.questionnairePresented(on);
        records.saveAndFlush(r);
    }

    /** The victim records that they answered the insurer's questionnaire for this aggravation. */
    public void recordQuestionnaireAnswered(String reference, long aggravationId, LocalDate on) {
        ClaimFile file = claim(reference);
        if (file.viewer() != Relation.OWNER) {
            throw new UserInputException(null, "aggr.error.ownerOnly");
        }
        AggravationRecord r = owned(file, aggravationId);
        if (r.getQuestionnairePresentedOn() == null) {
            throw new UserInputException(null, "aggr.error.noQuestionnaire");
        }
        if (on == null || on.isAfter(today()) || on.isBefore(r.getQuestionnairePresentedOn())) {
            throw new UserInputException("questionnaireAnswered", "aggr.error.questionnaireDate");
        }
        r.questionnaireAnswered(on);
        records.saveAndFlush(r);
    }

    private AggravationRecord owned(ClaimFile file, long aggravationId) {
        return records.findById(aggravationId)
                .filter(r -> r.getClaimReference().equals(file.reference()))
                .orElseThrow(() -> new ClaimNotFoundException(file.reference()));
    }

    /** The victim's insurer-side vehicle: the first vehicle involved that is not the victim's own, with an insurer. */
    private static String insurerOf(ClaimFile file) {
        return file.vehicles().stream()
                .filter(v -> !v.victimsVehicle())
                .map(VehicleDetails::insurer)
                .filter(i -> i != null && !i.isBlank())
                .findFirst()
                .orElseGet(() -> file.vehicles().stream()
                        .map(VehicleDetails::insurer)
                        .filter(i -> i != null && !i.isBlank())
                        .findFirst()
                        .orElse("?"));
    }

    private static boolean mayRecordConsolidation(ClaimFile file) {
        return file.viewer() == Relation.OWNER || file.viewer() == Relation.AGENT;
    }

    /** Why no aggravation can be declared now, or {@code null} when it can. */
    private Refusal refusal(
            ClaimFile file,
            Optional<CycleOffer> initialOffer,
            Optional<CycleSettlement> initial,
            List<Item> earlier,
            LocalDate today) {
        if (file.viewer() != Relation.OWNER) {
            return new Refusal("aggr.refusal.ownerOnly");
        }
        if (initial.isEmpty()) {
            // no transaction recorded here: the victim may still declare after a final judgment (declare() asks its
            // date); once an aggravation was declared that way, the next ones follow the usual order below
            if (earlier.isEmpty()) {
                return new Refusal(NO_SETTLEMENT);
            }
        } else if (!initial.get().finalOn(today)) {
            return new Refusal(
                    "aggr.refusal.withdrawalRunning",
                    Formats.shortDate(initial.get().withdrawalEndsOn()));
        }
        if (initialOffer.map(o -> "PROVISIONAL".equals(o.kind())).orElse(false)) {
            return new Refusal("aggr.refusal.provisional");
        }
        if (!earlier.isEmpty()) {
            Item last = earlier.get(earlier.size() - 1);
            if (last.stage() != Stage.SETTLED) {
                return new Refusal("aggr.refusal.previousOpen", last.number());
            }
        }
        return null;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.PARIS));
    }
}
