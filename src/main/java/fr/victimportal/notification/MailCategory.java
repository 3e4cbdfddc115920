package fr.victimportal.notification;

/** Whether the recipient may turn a mail off. */
public enum MailCategory {
    /** An optional reminder of a date: it carries an unsubscribe link and is skipped when its topic is turned off. */
    REMINDER,
    /** A notice about the procedure itself: always sent, and the mail says it cannot be unsubscribed. */
    PROCEDURE_NOTICE
}
