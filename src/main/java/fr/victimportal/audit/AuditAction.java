package fr.victimportal.audit;

/** What was done. */
public enum AuditAction {
    UPLOAD,
    VIEW,
    DOWNLOAD,
    SHARE,
    REVOKE,
    REFUSAL,
    /** An insurer agent or a caseworker opened the claim (the subject holds the reason). */
    CONSULT,
    /** The victim signed, a caseworker accepted, or the victim revoked a mandate (subject: mandate:id). */
    MANDATE_SIGNED,
    MANDATE_ACCEPTED,
    MANDATE_REVOKED,
    /** A caseworker copied a letter of the insurer (an offer) into the claim (subject: offer:id). */
    RECORD,
    /** The victim downloaded all their data (RGPD art. 20). */
    EXPORT,
    /** The handling insurer transferred the claim to another insurer (subject: insurer:from>to). */
    TRANSFER
}
