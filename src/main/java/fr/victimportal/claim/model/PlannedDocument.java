package fr.victimportal.claim.model;

/** Documents the victim says they will attach to the questionnaire (R211-37); the upload itself is elsewhere. */
public enum PlannedDocument {
    INITIAL_MEDICAL_CERTIFICATE,
    SICK_LEAVE_NOTICES,
    INCOME_PROOF,
    HOSPITAL_REPORTS,
    INVOICES,
    POLICE_REPORT,
    CONSOLIDATION_CERTIFICATE
}
