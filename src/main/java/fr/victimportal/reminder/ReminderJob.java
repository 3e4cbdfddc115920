package fr.victimportal.reminder;

import fr.victimportal.reminder.domain.ReminderRepository;
import fr.victimportal.shared.PortalProperties;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder job: finds the claims with a reminder due (an indexed query on the send time) and sends each claim's
 * due reminders in a transaction of its own, so one claim's trouble does not hold back the others.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    /** What one run did. */
    public record Report(int claims, int reminders, int errors) {}

    private final ReminderRepository reminders;
    private final ReminderPlanner planner;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int batchSize;

    ReminderJob(
            ReminderRepository reminders,
            ReminderPlanner planner,
            PlatformTransactionManager transactions,
            Clock clock,
            PortalProperties properties) {
        this.reminders = reminders;
        this.planner = planner;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.batchSize = properties.reminders().batchSize();
    }

    /** Sends the reminders due now (at most one batch of claims). Safe to run on several instances at once. */
    public Report sendDue() {
        return sendDue(null);
    }

    /**
     * Like {@link #sendDue()}, but takes no new claim once {@code budget} has passed (the rest wait for the next run),
     * so a run never outlasts the job's lock.
     *
     * @param budget how long the run may keep taking claims; {@code null} for the whole batch
     */
    public Report sendDue(Duration budget) {
        Instant stopAt = budget == null ? null : clock.instant().plus(budget);
        List<String> claims = tx.execute(
                s -> reminders.findDueClaims(ReminderStatus.PLANNED, clock.instant(), Limit.of(batchSize)).stream()
                        .distinct()
                        .toList());
        int sent = 0;
        int errors = 0;
        int done = 0;
        for (String reference : claims) {
            if (stopAt != null && !clock.instant().isBefore(stopAt)) {
                break;
            }
            done++;
            try {
                int sentNow = tx.execute(s -> planner.sendDue(reference));
                sent += sentNow;
                Metrics.counter(ReminderMetrics.SENT).increment(sentNow);
            } catch (RuntimeException e) {
                errors++;
                log.error("Reminders of claim {} not processed; next run retries", reference, e);
            }
        }
        return new Report(done, sent, errors);
    }
}
