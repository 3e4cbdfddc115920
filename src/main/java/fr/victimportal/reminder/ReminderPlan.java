package fr.victimportal.reminder;

import fr.victimportal.claim.spi.ClaimSchedule;
import fr.victimportal.deadline.Deadline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reminders a claim calls for today, from its legal clock and its state. Pure: the same schedule and day give the
 * same plan.
 */
final class ReminderPlan {

    /** One reminder of the plan. {@code tooLate} when its last useful day has passed: it is not planned. */
    record Entry(ReminderKind kind, LocalDate dueDate, LocalDate sendOn, boolean tooLate) {

        Key key() {
            return new Key(kind, dueDate);
        }
    }

    /** The identity of a reminder within a claim: the database's unique key is (claim, kind, due date). */
    record Key(ReminderKind kind, LocalDate dueDate) {}

    private ReminderPlan() {}

    static List<Entry> of(ClaimSchedule claim, LocalDate today) {
        List<Entry> entries = new ArrayList<>();
        for (ReminderKind kind : ReminderKind.values()) {
            for (Deadline deadline : claim.deadlines().all(kind.deadline())) {
                if (kind.appliesTo(claim, deadline)) {
                    LocalDate due = kind.about(deadline);
                    entries.add(new Entry(kind, due, kind.sendOn(deadline), today.isAfter(kind.lastSendOn(deadline))));
                }
            }
        }
        return entries;
    }
}
