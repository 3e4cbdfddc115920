package fr.victimportal.deadline;

/**
 * Who answers for the accident, which decides who compensates: an insurer (loi 1985, L211-9), or the Fonds de
 * garantie des assurances obligatoires (C. assur. L421-1) when the person responsible is unknown or not insured, with
 * the R421-12 periods. The UI translates {@code deadline.responsible.<NAME>}.
 */
public enum Responsible {
    /** An insurer covers a vehicle involved: the L211-9 procedure runs against it (the default). */
    INSURED,
    /** The person responsible is unknown (e.g. hit and run): R421-12, request to the FGAO within 3 years. */
    UNKNOWN,
    /** The person responsible is known but not insured: R421-12, request to the FGAO within 1 year. */
    UNINSURED;

    public boolean fund() {
        return this != INSURED;
    }

    public String messageKey() {
        return "deadline.responsible." + name();
    }
}
