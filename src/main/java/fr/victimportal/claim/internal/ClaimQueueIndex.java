package fr.victimportal.claim.internal;

import fr.victimportal.claim.AgentQueue.Stage;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimQueueEntry;
import fr.victimportal.claim.domain.ClaimQueueRepository;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.ClaimStatus;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.deadline.DeadlineInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out each submitted claim's line in the agents' queue ({@link ClaimQueueEntry}: stage, next tracked deadline),
 * so that the queue is filtered, ordered and paged in SQL instead of running the legal clock for every claim on every
 * visit. A line is worked out again whenever a fact of the claim's clock changes (the reminder planner, which listens
 * to every such fact, calls {@code ClaimJobs.refreshQueue} in the transaction of the change) and, because a deadline's
 * standing can move with the date, each night ({@link #refreshAllStale}, by {@code ClaimQueueSchedule}) and, for
 * whatever the night left, before the queue is read on a later day ({@link #refreshStale}).
 */
@Component
public class ClaimQueueIndex {

    private static final Logger log = LoggerFactory.getLogger(ClaimQueueIndex.class);

    /** The deadlines whose meeting the portal records, so that "late" is a fact and not a guess. */
    static final Set<DeadlineCode> TRACKED = EnumSet.of(
            DeadlineCode.QUESTIONNAIRE_ANSWER,
            DeadlineCode.EXPERT_REPORT,
            DeadlineCode.OFFER_8M,
            DeadlineCode.OFFER_3M,
            DeadlineCode.OFFER_DEFINITIVE_5M,
            DeadlineCode.PAYMENT);

    private final ClaimQueueRepository lines;
    private final ClaimDeadlines deadlines;
    private final ClaimFiles files;

    private final TransactionTemplate ownTransaction;

    ClaimQueueIndex(
            ClaimQueueRepository lines,
            ClaimDeadlines deadlines,
            ClaimFiles files,
            PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.lines = lines;
        this.deadlines = deadlines;
        this.files = files;
    }

    /** Works out the claim's line again, in the caller's transaction (nothing for a draft). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(Claim claim, LocalDate today) {
        if (claim.getStatus() != ClaimStatus.SUBMITTED) {
            return;
        }
        ClaimQueueEntry line = lines.findById(claim.getId()).orElseGet(() -> new ClaimQueueEntry(claim.getId()));
        ClaimFile file = files.toFile(new Access(claim, Relation.AGENT));
        try {
            ClaimDeadlines.Standing standing = deadlines.standingOf(file, today);
            Deadline next = standing.deadlines().stream()
                    .filter(d -> !d.done() && TRACKED.contains(d.deadline().code()))
                    .map(ClaimDeadlines.ClaimDeadline::deadline)
                    .min(Comparator.comparing(Deadline::dueDate))
                    .orElse(null);
            line.update(
                    stageOf(file, standing).name(),
                    next == null ? null : next.code().name(),
                    next == null ? null : next.dueDate(),
                    today);
        } catch (DeadlineInputException impossible) {
            log.warn("No legal clock for claim {}: {}", claim.getReference(), impossible.getMessage());
            line.update(Stage.QUESTIONNAIRE.name(), null, null, today);
        }
        lines.save(line);
    }

    /**
     * Works out the lines of the insurer's claims that have none or one of an earlier day, in a transaction of its own
     * (if another agent's page writes the same lines at the same moment, one of them fails and the caller goes on).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int refreshStale(long insurerId, LocalDate today) {
        List<Claim> stale = lines.stale(insurerId, today);
        stale.forEach(claim -> refresh(claim, today));
        return stale.size();
    }

    /**
     * Works out again, a batch of claims per transaction, the lines of every insurer's claims that are of an earlier
     * day, until none is left or {@code stopAt} has passed (the nightly run, so that an agent's first visit of the
     * day finds them ready).
     *
     * @return how many lines were worked out
     */
    public int refreshAllStale(LocalDate today, Instant stopAt, Clock clock) {
        int done = 0;
        while (clock.instant().isBefore(stopAt)) {
            Integer batch = ownTransaction.execute(s -> {
                List<Claim> stale = lines.staleBatch(today, Limit.of(BATCH));
                stale.forEach(claim -> refresh(claim, today));
                return stale.size();
            });
            done += batch == null ? 0 : batch;
            if (batch == null || batch < BATCH) {
                break;
            }
        }
        return done;
    }

    private static final int BATCH = 100;

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
