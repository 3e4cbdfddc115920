package fr.victimportal.insurer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.DemoLogins;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo (the suite runs with the demo profile): two fictitious insurers, an agent each and an administrator. */
class DemoInsurerStaffTest extends IntegrationTest {

    @Autowired
    private Insurers insurers;

    @Autowired
    private PortalUserDetailsService users;

    @Test
    void theDemoListIsLoadedAndMarkedFictitious() {
        InsurerRef south = insurers.byIdentifier(DemoInsurers.SOUTH).orElseThrow();
        InsurerRef rhone = insurers.byIdentifier(DemoInsurers.RHONE).orElseThrow();
        assertThat(south.name()).isEqualTo("Assurances du Sud");
        assertThat(rhone.name()).isEqualTo("Mutuelle Rhône Assurances");
        assertThat(south.fictitious()).isTrue();
        assertThat(rhone.fictitious()).isTrue();
        assertThat(insurers.mailbox(south.id())).hasValue("sinistres.sud@demo.victim-portal.fr");
    }

    @Test
    void eachDemoAgentAndTheAdministratorBelongToTheirInsurer() {
        long south = insurers.byIdentifier(DemoInsurers.SOUTH).orElseThrow().id();
        long rhone = insurers.byIdentifier(DemoInsurers.RHONE).orElseThrow().id();
        assertThat(users.loadUserByUsername(DemoLogins.AGENT).insurerId()).isEqualTo(south);
        assertThat(users.loadUserByUsername(DemoLogins.RHONE_AGENT).insurerId()).isEqualTo(rhone);
        assertThat(users.loadUserByUsername(DemoLogins.RHONE_AGENT).displayName())
                .isEqualTo("Inès Dupont");
        var admin = users.loadUserByUsername(DemoLogins.INSURER_ADMIN);
        assertThat(admin.role()).isEqualTo(Role.INSURER_ADMIN);
        assertThat(admin.insurerId()).isEqualTo(south);
        assertThat(admin.displayName()).isEqualTo("Nathalie Girard");
    }
}
