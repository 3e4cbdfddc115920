package fr.victimportal.claim;

import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The insurer agents' queue: every submitted claim with its stage and its next open deadline, the late ones first
 * (most overdue first), then by the next due date. Filters: search text, stage, and how soon the next deadline falls.
 */
@Service
public class AgentQueue {

    /** Where a claim stands, for the queue. */
    public enum Stage {
        QUESTIONNAIRE,
        EXAMINATION,
        OFFER,
        PAYMENT,
        SETTLED
    }

    /** How soon the next open deadline falls. */
    public enum Due {
        LATE,
        WEEK,
        MONTH,
        ANY
    }

    /**
     * One claim in the queue.
     *
     * @param next     the earliest deadline not yet met, or {@code null}
     * @param daysLeft days from today to its due date (negative when late)
     */
    public record Row(
            String reference, String victimName, LocalDate accidentDate, Stage stage, Deadline next, long daysLeft) {
        public boolean late() {
            return next != null && daysLeft < 0;
        }
    }

    /** The deadlines whose meeting the portal records, so that "late" is a fact and not a guess. */
    static final Set<DeadlineCode> TRACKED = EnumSet.of(
            DeadlineCode.QUESTIONNAIRE_ANSWER,
            DeadlineCode.EXPERT_REPORT,
            DeadlineCode.OFFER_8M,
            DeadlineCode.OFFER_3M,
            DeadlineCode.OFFER_DEFINITIVE_5M,
            DeadlineCode.PAYMENT);

    private final ClaimService claims;
    private final ClaimDeadlines deadlines;
    private final Clock clock;

    AgentQueue(ClaimService claims, ClaimDeadlines deadlines, Clock clock) {
        this.claims = claims;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @RolesAllowed("AGENT")
    @Transactional(readOnly = true)
    public List<Row> rows(String text, Stage stage, Due due) {
        LocalDate today = LocalDate.now(clock);
        return claims.queue(text).stream()
                .map(f -> row(f, today))
                .filter(r -> stage == null || r.stage() == stage)
                .filter(r -> within(r, due))
                .sorted(Comparator.comparing((Row r) -> !r.late())
                        .thenComparing(
                                r -> r.next() == null ? LocalDate.MAX : r.next().dueDate())
                        .thenComparing(Row::reference))
                .toList();
    }

    private static boolean within(Row r, Due due) {
        if (due == null || due == Due.ANY) {
            return true;
        }
        if (r.next() == null) {
            return false;
        }
        return switch (due) {
            case LATE -> r.late();
            case WEEK -> r.daysLeft() <= 7;
            case MONTH -> r.daysLeft() <= 31;
            case ANY -> true;
        };
    }

    private Row row(ClaimFile f, LocalDate today) {
        ClaimDeadlines.Standing standing = deadlines.standingOf(f, today);
        Deadline next = standing.deadlines().stream()
                .filter(d -> !d.done() && TRACKED.contains(d.deadline().code()))
                .map(ClaimDeadlines.ClaimDeadline::deadline)
                .min(Comparator.comparing(Deadline::dueDate))
                .orElse(null);
        return new Row(
                f.reference(),
                f.ownerName(),
                f.accident().date(),
                stageOf(f, standing),
                next,
                next == null ? 0 : ChronoUnit.DAYS.between(today, next.dueDate()));
    }

    private static Stage stageOf(ClaimFile f, ClaimDeadlines.Standing standing) {
        if (!f.questionnaireAnswered()) {
            return Stage.QUESTIONNAIRE;
        }
        if (standing.settlement() != null) {
            return standing.settlement().paidOn() == null ? Stage.PAYMENT : Stage.SETTLED;
        }
        if (standing.offers().firstOfferOn() == null && !standing.reportReceived()) {
            return Stage.EXAMINATION;
        }
        return Stage.OFFER;
    }
}
