package fr.victimportal.audit;

/** What was done. */
public enum AuditAction {
    UPLOAD, VIEW, DOWNLOAD, SHARE, REVOKE, REFUSAL
}
