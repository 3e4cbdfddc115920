package fr.victimportal.account;

/** The demo accounts' logins, as the README lists them. */
public final class DemoLogins {

    public static final String VICTIM = "victime@demo.victim-portal.fr";
    public static final String VICTIM_PASSWORD = "Victime-demo-2026";
    public static final String AGENT = "agent@demo.victim-portal.fr";
    public static final String AGENT_PASSWORD = "Agent-demo-2026";
    /** The agent of the demo's second insurer (Mutuelle Rhône Assurances, fictitious). */
    public static final String RHONE_AGENT = "agent.rhone@demo.victim-portal.fr";

    public static final String RHONE_AGENT_PASSWORD = "Agent-rhone-2026";
    /** The administrator of the demo's first insurer (Assurances du Sud, fictitious), the demo agent's. */
    public static final String INSURER_ADMIN = "admin.assureur@demo.victim-portal.fr";

    public static final String INSURER_ADMIN_PASSWORD = "Admin-assureur-2026";

    private DemoLogins() {}

    public static DemoAccounts.DemoAccount of(Role role) {
        return DemoAccounts.ACCOUNTS.stream()
                .filter(a -> a.role() == role)
                .findFirst()
                .orElseThrow();
    }
}
