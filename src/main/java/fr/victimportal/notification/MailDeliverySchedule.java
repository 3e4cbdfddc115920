package fr.victimportal.notification;

import fr.victimportal.shared.PortalProperties;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the delivery job every {@code portal.mail.delivery-interval} (30 s by default), on one instance at a time
 * (ShedLock). Off when {@code portal.jobs.enabled=false}, as in the tests, which call {@link MailDelivery} directly.
 */
@Component
@ConditionalOnProperty(name = "portal.jobs.enabled", havingValue = "true", matchIfMissing = true)
class MailDeliverySchedule {

    private static final Logger log = LoggerFactory.getLogger(MailDeliverySchedule.class);

    private final MailDelivery delivery;
    private final Duration budget;

    MailDeliverySchedule(MailDelivery delivery, PortalProperties properties) {
        this.delivery = delivery;
        this.budget = properties.jobs().runBudget();
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!delivery.smtpConfigured()) {
            log.info("No SMTP server configured (spring.mail.host): mails are kept in the outbox, not sent"
                    + " (demo mode shows them at /demo/courriels)");
        }
    }

    @Scheduled(fixedDelayString = "${portal.mail.delivery-interval:PT30S}", initialDelayString = "PT15S")
    @SchedulerLock(name = "mail-delivery", lockAtMostFor = "${portal.jobs.lock-at-most-for:PT1M}")
    public void run() {
        MailDelivery.Report report = delivery.deliverDue(budget);
        if (report.sent() + report.retryLater() + report.failed() > 0) {
            log.info("Mail delivery: {}", report);
        }
    }
}
