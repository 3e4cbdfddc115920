package fr.victimportal.medical;

/** What the document is; each type suggests its usual class, which the victim may change. */
public enum DocumentType {
    INITIAL_MEDICAL_CERTIFICATE(DocumentClass.MEDICAL_CARE),
    PRESCRIPTION(DocumentClass.MEDICAL_CARE),
    SICK_LEAVE_NOTICE(DocumentClass.MEDICAL_CARE),
    HOSPITAL_REPORT(DocumentClass.MEDICAL_CARE),
    IMAGING(DocumentClass.MEDICAL_CARE),
    EXPERTISE_REPORT(DocumentClass.EXPERTISE_REPORT),
    INVOICE(DocumentClass.FINANCIAL),
    PAYSLIP(DocumentClass.FINANCIAL),
    POLICE_REPORT(DocumentClass.ADMINISTRATIVE),
    IDENTITY(DocumentClass.ADMINISTRATIVE),
    OFFER_LETTER(DocumentClass.OFFER),
    OTHER(DocumentClass.ADMINISTRATIVE);

    private final DocumentClass usualClass;

    DocumentType(DocumentClass usualClass) {
        this.usualClass = usualClass;
    }

    public DocumentClass usualClass() {
        return usualClass;
    }
}
