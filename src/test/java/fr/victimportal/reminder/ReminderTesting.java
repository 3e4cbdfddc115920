package fr.victimportal.reminder;

import fr.victimportal.AfterCommitListeners;
import fr.victimportal.TestClock;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.reminder.domain.Reminder;
import fr.victimportal.reminder.domain.ReminderRepository;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The reminder tests' shared steps: declare a claim with a questionnaire to answer, run the jobs as their schedules
 * would, and read a claim's reminder of a kind.
 */
@Component
public class ReminderTesting {

    /** Accident Mon 5 Oct 2026, insurer told 20 Oct, questionnaire presented Tue 10 Nov: answer due Tue 22 Dec. */
    static final ProcedureDates QUESTIONNAIRE_ON_10_NOV =
            new ProcedureDates(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 10), null, null);

    static final LocalDate ACCIDENT = LocalDate.of(2026, 10, 5);

    private final ReminderJob reminderJob;
    private final MailDelivery delivery;
    private final ReminderRepository reminders;
    private final AfterCommitListeners afterCommitListeners;
    private final ClaimFixtures fixtures;
    // looked up when used: the startup tests start the application, with these beans, but without the test clock
    private final ObjectProvider<TestClock> clock;

    ReminderTesting(
            ReminderJob reminderJob,
            MailDelivery delivery,
            ReminderRepository reminders,
            AfterCommitListeners afterCommitListeners,
            ClaimFixtures fixtures,
            ObjectProvider<TestClock> clock) {
        this.reminderJob = reminderJob;
        this.delivery = delivery;
        this.reminders = reminders;
        this.afterCommitListeners = afterCommitListeners;
        this.fixtures = fixtures;
        this.clock = clock;
    }

    /**
     * The victim declares, on Sun 22 Nov 2026 at 18:00 in Paris (the clock is set to it), the accident of
     * {@link #ACCIDENT} with the dates of {@link #QUESTIONNAIRE_ON_10_NOV}; returns the claim's reference.
     */
    String declare(String victim) {
        clock.getObject().set(TestClock.paris(2026, 11, 22, 18, 0));
        return fixtures.submittedClaim(victim, ACCIDENT, QUESTIONNAIRE_ON_10_NOV);
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
