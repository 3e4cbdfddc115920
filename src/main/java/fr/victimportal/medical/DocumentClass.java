package fr.victimportal.medical;

/** The classes of docs/legal-notes.md. Medical care (M) and expertise report (E) are under medical secrecy (CSP L1110-4). */
public enum DocumentClass {
    /** A: identity, police report, constat, insurance details. */
    ADMINISTRATIVE,
    /** F: payslips, tax notices, invoices, third-party payers' statements. */
    FINANCIAL,
    /** M: certificates, reports, imaging, prescriptions, sick-leave notices. */
    MEDICAL_CARE,
    /** E: the R211-44 expertise report and technical notes. */
    EXPERTISE_REPORT,
    /** O: offers and settlement. */
    OFFER;

    /** Every read, share and refusal of these is in the audit trail; an insurer agent never opens them. */
    public boolean underSecrecy() {
        return this == MEDICAL_CARE || this == EXPERTISE_REPORT;
    }
}
