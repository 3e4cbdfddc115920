package fr.victimportal.doctor;

import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.doctor.domain.DirectoryDoctorRepository;
import org.springframework.stereotype.Component;

/** The doctor tests' shared setup: an agent, and the directory of fictitious doctors the demo ships. */
@Component
public class DirectoryFixtures {

    private final ClaimFixtures claims;
    private final DoctorDirectory directory;
    private final DirectoryDoctorRepository entries;

    DirectoryFixtures(ClaimFixtures claims, DoctorDirectory directory, DirectoryDoctorRepository entries) {
        this.claims = claims;
        this.directory = directory;
        this.entries = entries;
    }

    /**
     * A new agent, who loads the demo directory if it is still empty (the whole suite shares one database); returns
     * the agent's email.
     */
    String agentWithDemoDirectory() {
        String agent = claims.newUser(Role.AGENT, "Agent Annuaire");
        if (entries.count() == 0) {
            claims.as(agent, () -> {
                DemoDirectory.read().forEach(e -> directory.save(null, 0, e));
                return null;
            });
        }
        return agent;
    }
}
