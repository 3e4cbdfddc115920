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
    TRANSFER,
    /**
     * An insurer agent asked for a submitted claim by its reference (subject: claim); written with
     * {@link AuditOutcome#DENIED} when the claim is handled by another insurer (the agent was told "not found").
     */
    OPEN_CLAIM,
    /**
     * An agent added, edited or retired a doctor of the shared directory (no claim; subject:
     * {@code directory:<doctor id>:<add|edit|retire>:insurer:<the agent's insurer id>}).
     */
    DIRECTORY_EDIT,
    /**
     * A document left the claim before anyone received it: the death certificate of a draft whose first answer changed
     * away from "a relative who died" (subject: document:id).
     */
    DISCARD
}
