package fr.victimportal.family;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimRelatives;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The family around a claim for the tests: invitations accepted through the mailed link, and a recorded death. */
@Component
public class FamilyTestSupport {

    private final ClaimFixtures fixtures;
    private final ClaimRelatives relatives;
    private final DeathRecording recording;
    private final MailDelivery delivery;

    FamilyTestSupport(
            ClaimFixtures fixtures, ClaimRelatives relatives, DeathRecording recording, MailDelivery delivery) {
        this.fixtures = fixtures;
        this.relatives = relatives;
        this.recording = recording;
        this.delivery = delivery;
    }

    /** {@code inviter} (the owner, or the agent for an heir) invites a new person, who accepts by the mailed link. */
    public String join(GreenMailExtension smtp, String reference, String inviter, String name, KinLink link) {
        String email = "proche-" + System.nanoTime() + "@example.org";
        fixtures.as(inviter, () -> {
            relatives.invite(reference, new ClaimRelatives.NewClaimant(name, email, link, false, null), Locale.FRENCH);
            return null;
        });
        MailTesting.deliverAll(delivery);
        String token = ReceivedMail.last(smtp, email).linkToken("/proche/");
        relatives.accept(token, name, ClaimFixtures.PASSWORD);
        return email;
    }

    /** {@code who} records the death on {@code diedOn}, caused by the accident, with a PDF certificate. */
    public void recordDeath(String who, String reference, LocalDate diedOn) {
        fixtures.as(who, () -> {
            recording.record(
                    reference,
                    diedOn,
                    YesNoUnknown.YES,
                    new DeathRecording.Proof("acte-de-deces.pdf", TestFiles.pdf()),
                    "Acte de décès");
            return null;
        });
    }
}
