package fr.victimportal.notification;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its next attempt (the first one, or a retry after a failure). */
    PENDING,
    /** Claimed by one instance, which is talking to the SMTP server. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Every attempt failed: an agent sees it and may retry it. */
    FAILED
}
