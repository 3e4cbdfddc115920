package fr.victimportal.account;

import fr.victimportal.shared.PortalProperties;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demonstration account per role, created on the first start of a demo deployment only
 * ({@code portal.demo.enabled=true}, the embedded default) and listed in the start-up log and on the login page.
 * The names are fictitious.
 */
@Component
@Order(10)
public class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** A demo login as shown to newcomers. */
    public record DemoAccount(String email, String password, String displayName, Role role) {}

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("victime@demo.victim-portal.fr", "Victime-demo-2026", "Camille Martin", Role.VICTIM),
            new DemoAccount(
                    "association@demo.victim-portal.fr", "Association-demo-2026", "Sophie Bernard", Role.HELPER),
            new DemoAccount("agent@demo.victim-portal.fr", "Agent-demo-2026", "Karim Haddad", Role.AGENT),
            // the demo's second insurer's agent, and the first insurer's administrator (insurer.DemoInsurerStaff)
            new DemoAccount("agent.rhone@demo.victim-portal.fr", "Agent-rhone-2026", "Inès Dupont", Role.AGENT),
            new DemoAccount(
                    "admin.assureur@demo.victim-portal.fr",
                    "Admin-assureur-2026",
                    "Nathalie Girard",
                    Role.INSURER_ADMIN),
            new DemoAccount("medecin@demo.victim-portal.fr", "Medecin-demo-2026", "Dr Hélène Roussel", Role.DOCTOR),
            new DemoAccount("expert@demo.victim-portal.fr", "Expert-demo-2026", "Dr Marc Lefèvre", Role.EXPERT),
            // a second victim whose claim was settled years ago and then reopened for an aggravation (L211-19)
            new DemoAccount(
                    "victime.aggravation@demo.victim-portal.fr", "Aggravation-demo-2026", "Louis Moreau", Role.VICTIM),
            // issue 24: the heirs of the fatal-accident demo claim (claim.demo.DemoFatalStory): the victim's wife, and
            // the account through which she acts for their son Hugo (12), so each heir's answers stay their own
            new DemoAccount("claire.moreau@demo.victim-portal.fr", "Claire-demo-2026", "Claire Moreau", Role.VICTIM),
            new DemoAccount(
                    "representant.hugo@demo.victim-portal.fr",
                    "Representant-demo-2026",
                    "Claire Moreau (pour Hugo Moreau)",
                    Role.VICTIM));

    /** The demo victim whose settled claim shows an aggravation, and that claim's reference. */
    public static final String AGGRAVATION_VICTIM = "victime.aggravation@demo.victim-portal.fr";

    public static final String AGGRAVATION_CLAIM = "VP-DEMO-AGGR";

    private final AccountService accounts;
    private final boolean enabled;

    public DemoAccounts(AccountService accounts, PortalProperties properties) {
        this.accounts = accounts;
        this.enabled = properties.demo().enabled();
    }

    public boolean enabled() {
        return enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        int created = 0;
        for (DemoAccount demo : ACCOUNTS) {
            if (!accounts.exists(demo.email())) {
                accounts.create(demo.email(), demo.password(), demo.displayName(), demo.role(), Locale.FRENCH);
                created++;
            }
        }
        StringBuilder table = new StringBuilder();
        for (DemoAccount demo : ACCOUNTS) {
            table.append(String.format("%n  %-13s %-38s %s", demo.role(), demo.email(), demo.password()));
        }
        log.info(
                "Demo mode (portal.demo.enabled=true): {} demo account(s) created now. Demo logins:{}", created, table);
    }
}
