package fr.victimportal.insurer;

import fr.victimportal.account.AccountService;
import fr.victimportal.shared.PortalProperties;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode only ({@code portal.demo.enabled}, never in production), after the demo accounts: the demo agent and
 * the insurer's administrator belong to "Assurances du Sud", the second agent to "Mutuelle Rhône Assurances"
 * (both fictitious). Needs the demo list ({@code insurers/demo-insurers.csv}, set by the demo profile).
 */
@Component
@Order(15)
class DemoInsurerStaff implements ApplicationRunner {

    static final Map<String, String> STAFF = Map.of(
            "agent@demo.victim-portal.fr", DemoInsurers.SOUTH,
            "admin.assureur@demo.victim-portal.fr", DemoInsurers.SOUTH,
            "agent.rhone@demo.victim-portal.fr", DemoInsurers.RHONE);

    private static final Logger log = LoggerFactory.getLogger(DemoInsurerStaff.class);

    private final AccountService accounts;
    private final Insurers insurers;
    private final boolean enabled;

    DemoInsurerStaff(AccountService accounts, Insurers insurers, PortalProperties properties) {
        this.accounts = accounts;
        this.insurers = insurers;
        this.enabled = properties.demo().enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        STAFF.forEach((email, identifier) -> {
            var insurer = insurers.byIdentifier(identifier);
            var account = accounts.idOf(email);
            if (insurer.isEmpty() || account.isEmpty()) {
                log.warn("Demo: {} not attached to {} (demo insurer list not loaded?)", email, identifier);
                return;
            }
            accounts.attachToInsurer(account.get(), insurer.get().id());
        });
    }
}
