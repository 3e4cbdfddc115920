package fr.victimportal.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.correspondence.ClaimThreads;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.shared.ui.NotFoundView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The messages page after a death (issue 24): the heir reads the thread the victim began and writes in it, their
 * messages signed as the victim's heir; a relative who is not an heir finds no such page.
 */
class HeirMessagesPageTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private FamilyTestSupport family;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private ClaimThreads threads;

    @Test
    void theHeirReadsAndWritesTheThreadAfterTheDeathARelativeDoesNot() {
        today(2026, 12, 20, 10);
        var cast = medical.claimWithParticipants();
        String ref = cast.reference();
        String heir = family.join(SMTP, ref, cast.agent(), "Léa Martin", KinLink.CHILD);
        String sibling = family.join(SMTP, ref, cast.victim(), "Paul Martin", KinLink.SIBLING);
        fixtures.as(cast.victim(), () -> threads.post(ref, "Voici ma déclaration.", List.of(), List.of(), List.of()));
        family.recordDeath(cast.agent(), ref, LocalDate.of(2026, 12, 10));
        fixtures.as(
                heir, () -> threads.post(ref, "Je reprends le dossier de mon père.", List.of(), List.of(), List.of()));

        openAs(heir, "dossier/" + ref + "/messages");
        assertThat(page())
                .contains("Voici ma déclaration.", "Je reprends le dossier de mon père.")
                .contains("Léa Martin", "Ayant droit de la victime");

        logout();
        openAs(sibling, "dossier/" + ref + "/messages");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
