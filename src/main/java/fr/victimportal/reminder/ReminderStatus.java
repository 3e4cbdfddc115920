package fr.victimportal.reminder;

/** Where a planned reminder stands. */
public enum ReminderStatus {
    /** Waiting for its send time. */
    PLANNED,
    /** Written to the notification outbox (once: the row is never planned again). */
    SENT,
    /** Its time came but it was not written: the recipient turned its topic off, or has no account. */
    SKIPPED,
    /** The claim changed and no longer calls for it (or its last useful day passed): it is never sent. */
    CANCELLED
}
