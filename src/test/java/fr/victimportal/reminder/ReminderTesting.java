package fr.victimportal.reminder;

import fr.victimportal.AfterCommitListeners;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.reminder.domain.Reminder;
import fr.victimportal.reminder.domain.ReminderRepository;
import org.springframework.stereotype.Component;

/** The reminder tests' shared steps: run the jobs as their schedules would, and read a claim's reminder of a kind. */
@Component
public class ReminderTesting {

    private final ReminderJob reminderJob;
    private final MailDelivery delivery;
    private final ReminderRepository reminders;
    private final AfterCommitListeners afterCommitListeners;

    ReminderTesting(
            ReminderJob reminderJob,
            MailDelivery delivery,
            ReminderRepository reminders,
            AfterCommitListeners afterCommitListeners) {
        this.reminderJob = reminderJob;
        this.delivery = delivery;
        this.reminders = reminders;
        this.afterCommitListeners = afterCommitListeners;
    }

    /**
     * Both jobs, as the schedules would run them at the clock's current time, once the notices written after the
     * last commits (the agents' notices) are in the outbox.
     */
    public void runJobs() {
        afterCommitListeners.awaitAll();
        reminderJob.sendDue();
        MailTesting.deliverAll(delivery);
    }

    /** The claim's latest reminder of that kind. */
    public Reminder reminder(String reference, ReminderKind kind) {
        return reminders.findByClaimReferenceOrderByDueDateAscKindAsc(reference).stream()
                .filter(r -> r.getKind() == kind)
                .reduce((a, b) -> b)
                .orElseThrow();
    }
}
