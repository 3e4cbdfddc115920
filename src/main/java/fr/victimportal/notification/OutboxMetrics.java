package fr.victimportal.notification;

import fr.victimportal.notification.domain.OutboxMailRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The outbox seen from the operator's side, read from the database at each scrape (two indexed counts, so every
 * instance reports the shared outbox): {@code portal_mail_outbox_backlog} (mails waiting or being sent) and
 * {@code portal_mail_failed} (mails given up after their last attempt, waiting for an agent).
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final OutboxMailRepository mails;

    OutboxMetrics(OutboxMailRepository mails) {
        this.mails = mails;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "portal.mail.outbox.backlog",
                        () -> mails.countByStatus(MailStatus.PENDING) + mails.countByStatus(MailStatus.SENDING))
                .description("Mails in the outbox not sent yet (pending or being sent)")
                .register(registry);
        Gauge.builder("portal.mail.failed", () -> mails.countByStatus(MailStatus.FAILED))
                .description("Mails given up after their last attempt, shown to the agents")
                .register(registry);
    }
}
