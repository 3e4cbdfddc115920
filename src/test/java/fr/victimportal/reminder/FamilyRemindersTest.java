package fr.victimportal.reminder;

import static fr.victimportal.TestClock.paris;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.family.FamilyTestSupport;
import fr.victimportal.notification.ReceivedMail;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** After a recorded death (issue 24), the claim's reminders go to the heirs who joined it, never to the deceased. */
class FamilyRemindersTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private ReminderTesting reminderTesting;

    @Autowired
    private FamilyTestSupport family;

    @Test
    void theQuestionnaireReminderGoesToTheHeirInsteadOfTheDeceasedVictim() {
        String victim = fixtures.newUser(Role.VICTIM, "Rose Lambert");
        String agent = fixtures.newUser(Role.AGENT, "Agent Sud");
        String ref = reminderTesting.declare(victim);
        String heir = family.join(SMTP, ref, agent, "Paul Lambert", KinLink.SPOUSE);
        family.recordDeath(agent, ref, LocalDate.of(2026, 11, 22));

        clock.set(paris(2026, 12, 15, 9, 0));
        reminderTesting.runJobs();

        assertThat(ReceivedMail.to(SMTP, heir))
                .extracting(ReceivedMail::subject)
                .contains("Questionnaire de l’assureur : à renvoyer au plus tard le 22 décembre 2026");
        assertThat(ReceivedMail.to(SMTP, victim)).isEmpty();
    }
}
