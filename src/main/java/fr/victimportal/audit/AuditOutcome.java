package fr.victimportal.audit;

/** How it ended: allowed, refused by the access rules, or failed (e.g. a stored file that does not check out). */
public enum AuditOutcome {
    GRANTED,
    DENIED,
    FAILED
}
