package fr.victimportal.reminder;

import fr.victimportal.shared.PortalProperties;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminder job every {@code portal.reminders.interval} (15 minutes by default) on one instance at a time.
 * Off when {@code portal.jobs.enabled=false}, as in the tests, which call {@link ReminderJob} directly.
 */
@Component
@ConditionalOnProperty(name = "portal.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final ReminderJob job;
    private final Duration budget;

    ReminderSchedule(ReminderJob job, PortalProperties properties) {
        this.job = job;
        this.budget = properties.jobs().runBudget();
    }

    @Scheduled(fixedDelayString = "${portal.reminders.interval:PT15M}", initialDelayString = "PT20S")
    @SchedulerLock(name = "reminders", lockAtMostFor = "${portal.jobs.lock-at-most-for:PT1M}")
    public void run() {
        ReminderJob.Report report = job.sendDue(budget);
        if (report.claims() > 0) {
            log.info("Reminders: {}", report);
        }
    }
}
