package fr.victimportal.claim.internal;

import fr.victimportal.shared.PortalProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night just after midnight (Paris), and again every hour for whatever a run left, works out the agents' queue
 * lines of the new day ({@link ClaimQueueIndex#refreshAllStale}), one instance at a time: the agents' first visit of
 * the day then costs a few queries, not the legal clock of every claim. Off when {@code portal.jobs.enabled=false}, as
 * in the tests, where the queue works its stale lines out itself.
 */
@Component
@ConditionalOnProperty(name = "portal.jobs.enabled", havingValue = "true", matchIfMissing = true)
class ClaimQueueSchedule {

    private static final Logger log = LoggerFactory.getLogger(ClaimQueueSchedule.class);

    private final ClaimQueueIndex index;
    private final Clock clock;
    private final Duration budget;

    ClaimQueueSchedule(ClaimQueueIndex index, Clock clock, PortalProperties properties) {
        this.index = index;
        this.clock = clock;
        this.budget = properties.jobs().runBudget();
    }

    @Scheduled(cron = "0 5 * * * *", zone = "Europe/Paris")
    @SchedulerLock(name = "claim-queue", lockAtMostFor = "${portal.jobs.lock-at-most-for:PT1M}")
    public void run() {
        int done = index.refreshAllStale(LocalDate.now(clock), clock.instant().plus(budget), clock);
        if (done > 0) {
            log.info("Agents' queue: {} claim lines worked out for the day", done);
        }
    }
}
