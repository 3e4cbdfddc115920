package fr.victimportal.insurer;

/** The fictitious insurers of the demonstration list ({@code insurers/demo-insurers.csv}), by identifier. */
public final class DemoInsurers {

    /** "Assurances du Sud", marked fictitious: the first demo victim's claim and the demo agent. */
    public static final String SOUTH = "DEMO-SUD";

    /** "Mutuelle Rhône Assurances", marked fictitious: the second demo victim's claim and the second demo agent. */
    public static final String RHONE = "DEMO-RHONE";

    private DemoInsurers() {}
}
