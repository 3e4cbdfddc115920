package fr.victimportal.insurer;

/** The fictitious insurers of the demonstration list ({@code insurers/demo-insurers.csv}), by identifier. */
public final class DemoInsurers {

    /** "Assurances du Sud (fictif)": the first demo victim's claim and the demo agent. */
    public static final String SOUTH = "DEMO-SUD";

    /** "Mutuelle Rhône Assurances (fictif)": the second demo victim's claim and the second demo agent. */
    public static final String RHONE = "DEMO-RHONE";

    private DemoInsurers() {}
}
