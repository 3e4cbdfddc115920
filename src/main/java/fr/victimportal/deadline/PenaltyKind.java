package fr.victimportal.deadline;

/** The two statutory interest penalties the portal estimates. The UI translates {@code deadline.penalty.<NAME>}. */
public enum PenaltyKind {
    /** L211-13: offer not made in time, double the legal rate on the amount offered or awarded. */
    LATE_OFFER("C. assur. art. L211-13"),
    /** L211-17: settlement not paid in time, legal rate +50 % for two months, then double. */
    LATE_PAYMENT("C. assur. art. L211-17");

    private final String legalBasis;

    PenaltyKind(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String messageKey() {
        return "deadline.penalty." + name();
    }
}
