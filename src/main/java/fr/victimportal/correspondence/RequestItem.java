package fr.victimportal.correspondence;

import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentType;

/**
 * What an insurer's handler may ask for: the items of R211-37 that are documents, the usual supporting documents, or
 * {@link #OTHER} with a free label. Each says whether it is medical (then it never goes to an agent: answering shares
 * it with the insurer's examining doctor under the victim's consent, and refusing is the victim's right of medical
 * secrecy) and how an answer uploaded for it is filed. The NIR is not on the list (docs/legal-notes.md).
 */
public enum RequestItem {
    INITIAL_MEDICAL_CERTIFICATE(DocumentType.INITIAL_MEDICAL_CERTIFICATE),
    CONSOLIDATION_CERTIFICATE(DocumentType.OTHER, DocumentClass.MEDICAL_CARE),
    SICK_LEAVE_NOTICES(DocumentType.SICK_LEAVE_NOTICE),
    HOSPITAL_REPORTS(DocumentType.HOSPITAL_REPORT),
    PAYSLIPS(DocumentType.PAYSLIP),
    EMPLOYER_CERTIFICATE(DocumentType.OTHER, DocumentClass.FINANCIAL),
    TAX_NOTICE(DocumentType.OTHER, DocumentClass.FINANCIAL),
    DAILY_ALLOWANCES_STATEMENT(DocumentType.OTHER, DocumentClass.FINANCIAL),
    THIRD_PARTY_PAYERS(DocumentType.OTHER, DocumentClass.ADMINISTRATIVE),
    INVOICES(DocumentType.INVOICE),
    RECEIPTS(DocumentType.INVOICE),
    POLICE_REPORT(DocumentType.POLICE_REPORT),
    ACCIDENT_REPORT(DocumentType.POLICE_REPORT),
    VEHICLE_PAPERS(DocumentType.OTHER, DocumentClass.ADMINISTRATIVE),
    IDENTITY(DocumentType.IDENTITY),
    BANK_DETAILS(DocumentType.OTHER, DocumentClass.FINANCIAL),
    OTHER(DocumentType.OTHER, DocumentClass.ADMINISTRATIVE);

    private final DocumentType type;
    private final DocumentClass documentClass;

    RequestItem(DocumentType type) {
        this(type, type.usualClass());
    }

    RequestItem(DocumentType type, DocumentClass documentClass) {
        this.type = type;
        this.documentClass = documentClass;
    }

    /** Under medical secrecy: never read by an agent. */
    public boolean medical() {
        return documentClass.underSecrecy();
    }

    /** The type a document uploaded in answer is filed under. */
    public DocumentType documentType() {
        return type;
    }

    /** The class a document uploaded in answer is filed under. */
    public DocumentClass documentClass() {
        return documentClass;
    }

    /** Translation key of its name ({@code correspondence.item.<NAME>}). */
    public String labelKey() {
        return "correspondence.item." + name();
    }

    /** Parses a stored value; an item since removed from the list reads as {@link #OTHER}. */
    public static RequestItem parse(String stored) {
        try {
            return valueOf(stored);
        } catch (IllegalArgumentException gone) {
            return OTHER;
        }
    }
}
