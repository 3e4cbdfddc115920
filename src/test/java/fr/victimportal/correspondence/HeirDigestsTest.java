package fr.victimportal.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestClock;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.family.FamilyTestSupport;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.MedicalFixtures.Cast;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After the victim's recorded death the active heirs take the victim's place in the thread's mails (issue 24): the
 * hourly digest and the reminders of a non-medical document request go to them, never to the deceased's account nor
 * to a relative who is not an heir; the insurer's digest says an heir wrote. A medical request's reminder is never an
 * heir's, who cannot answer it.
 */
class HeirDigestsTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private FamilyTestSupport family;

    @Autowired
    private ClaimThreads threads;

    @Autowired
    private ThreadDigests digests;

    @Autowired
    private DocumentRequests requests;

    @Autowired
    private RequestReminders reminders;

    @Autowired
    private MailDelivery delivery;

    private List<ReceivedMail> to(String address, String subjectPart) {
        MailTesting.deliverAll(delivery);
        return ReceivedMail.to(SMTP, address).stream()
                .filter(m -> m.subject().contains(subjectPart)
                        && (!subjectPart.endsWith(" : ") || m.subject().contains("messagerie")))
                .toList();
    }

    private void post(String login, String reference, String text) {
        fixtures.as(login, () -> threads.post(reference, text, List.of(), List.of(), List.of()));
    }

    @Test
    void theHeirIsToldOfTheInsurersLinesAndTheInsurerOfTheHeirs() {
        today(2026, 11, 20, 10);
        Cast cast = medical.claimWithParticipants();
        String ref = cast.reference();
        String heir = family.join(SMTP, ref, cast.agent(), "Léa Martin", KinLink.CHILD);
        String sibling = family.join(SMTP, ref, cast.victim(), "Paul Martin", KinLink.SIBLING);
        family.recordDeath(cast.agent(), ref, LocalDate.of(2026, 11, 10));

        post(cast.agent(), ref, "Toutes nos condoléances. Pouvez-vous nous transmettre l’acte de notoriété ?");
        clock.advance(Duration.ofMinutes(5));
        digests.sendDue();
        String digest = "Dossier " + ref + " : 1 nouvel élément dans la messagerie";
        // the fixtures' insurer and its agents are shared with other tests' claims: only this claim's digests count
        String thread = ref + " : ";
        List<ReceivedMail> toHeir = to(heir, thread);
        assertThat(toHeir).extracting(ReceivedMail::subject).containsExactly(digest);
        assertThat(toHeir.getFirst().text())
                .contains("/dossier/" + ref + "/messages")
                .doesNotContain("notoriété", "condoléances");
        assertThat(to(sibling, thread)).as("a relative who is not an heir").isEmpty();
        assertThat(to(cast.victim(), thread)).as("the deceased's account").isEmpty();

        clock.advance(Duration.ofHours(1));
        post(heir, ref, "Voici l’acte de notoriété, dressé par le notaire.");
        clock.advance(Duration.ofMinutes(5));
        digests.sendDue();
        List<ReceivedMail> toAgent = to(cast.agent(), digest);
        assertThat(toAgent).hasSize(1);
        assertThat(toAgent.getFirst().text())
                .contains("De la part de : un proche de la victime (héritier).")
                .doesNotContain("notoriété");
        assertThat(to(heir, thread)).as("never to the author").hasSize(1);
    }

    @Test
    void aNonMedicalRequestIsRemindedToTheHeirAndAMedicalOneNever() {
        today(2026, 11, 20, 9);
        Cast cast = medical.claimWithParticipants();
        String ref = cast.reference();
        String heir = family.join(SMTP, ref, cast.agent(), "Léa Martin", KinLink.CHILD);
        family.recordDeath(cast.agent(), ref, LocalDate.of(2026, 11, 10));
        LocalDate due = LocalDate.of(2026, 12, 4);
        fixtures.as(
                cast.agent(),
                () -> requests.create(ref, RequestItem.INVOICES, null, "Les factures des obsèques.", due));
        fixtures.as(
                cast.agent(), () -> requests.create(ref, RequestItem.HOSPITAL_REPORTS, null, "Article R211-37.", due));

        clock.set(TestClock.paris(2026, 11, 27, 9, 5));
        assertThat(reminders.sendDue()).isEqualTo(2);
        List<ReceivedMail> toHeir = to(heir, ref + " : l’assureur attend toujours");
        assertThat(toHeir).hasSize(1);
        assertThat(toHeir.getFirst().subject()).contains("factures");
        assertThat(to(heir, ref + " : l’assureur attend toujours « comptes rendus"))
                .as("a medical request stays the victim's")
                .isEmpty();
    }
}
