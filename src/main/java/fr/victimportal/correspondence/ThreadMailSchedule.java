package fr.victimportal.correspondence;

import fr.victimportal.shared.PortalProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every 5 minutes, on one instance at a time: the threads' digest mails ({@link ThreadDigests}), then the reminders
 * of open document requests ({@link RequestReminders}). Off when {@code portal.jobs.enabled=false}, as in the tests,
 * which call both directly.
 */
@Component
@ConditionalOnProperty(name = "portal.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ThreadMailSchedule {

    private static final Logger log = LoggerFactory.getLogger(ThreadMailSchedule.class);

    private final ThreadDigests digests;
    private final RequestReminders reminders;
    private final PortalProperties properties;

    ThreadMailSchedule(ThreadDigests digests, RequestReminders reminders, PortalProperties properties) {
        this.digests = digests;
        this.reminders = reminders;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT40S")
    @SchedulerLock(name = "thread-mails", lockAtMostFor = "${portal.jobs.lock-at-most-for:PT1M}")
    public void run() {
        ThreadDigests.Report report = digests.sendDue(properties.jobs().runBudget());
        int reminded = reminders.sendDue();
        if (report.sent() + report.errors() + reminded > 0) {
            log.info("Thread mails: {}; {} document requests reminded", report, reminded);
        }
    }
}
