package fr.victimportal.reminder;

import fr.victimportal.reminder.domain.ReminderRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * {@code portal_reminders_due}: reminders whose send time has come and that no run has sent yet (read from the database
 * at each scrape; a number that keeps growing means the reminder job is not running). The job itself counts what it
 * sends in {@code portal_reminders_sent_total}.
 */
@Component
class ReminderMetrics implements MeterBinder {

    /** The counter the reminder job increments. */
    static final String SENT = "portal.reminders.sent";

    private final ReminderRepository reminders;
    private final Clock clock;

    ReminderMetrics(ReminderRepository reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "portal.reminders.due",
                        () -> reminders.countByStatusAndSendAtLessThanEqual(ReminderStatus.PLANNED, clock.instant()))
                .description("Reminders due and not sent yet")
                .register(registry);
        registry.counter(SENT);
    }
}
