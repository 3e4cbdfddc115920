package fr.victimportal.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestClock;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.MedicalFixtures.Cast;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reminders of an open document request, as received over SMTP: a week after it was made and on its due date,
 * each once, to the victim and the caseworker with the correspondence scope, with the honest consequence; none once
 * the request is answered.
 */
class RequestRemindersTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private DocumentRequests requests;

    @Autowired
    private RequestReminders reminders;

    @Autowired
    private MailDelivery delivery;

    private List<ReceivedMail> remindersTo(String address, String reference) {
        MailTesting.deliverAll(delivery);
        return ReceivedMail.to(SMTP, address).stream()
                .filter(m -> m.subject().startsWith("Dossier " + reference + " : ")
                        && !m.subject().contains("messagerie"))
                .toList();
    }

    @Test
    void aWeekAfterAndOnTheDueDateEachOnceAndNoneAfterAnAnswer() {
        today(2026, 11, 3, 9);
        Cast cast = medical.claimWithParticipants();
        String ref = cast.reference();
        LocalDate due = LocalDate.of(2026, 11, 17);
        long payslips = fixtures.as(
                cast.agent(),
                () -> requests.create(ref, RequestItem.PAYSLIPS, null, "Pour calculer la perte de revenus.", due));
        fixtures.as(
                cast.agent(),
                () -> requests.create(ref, RequestItem.INITIAL_MEDICAL_CERTIFICATE, null, "Article R211-37.", due));

        clock.set(TestClock.paris(2026, 11, 10, 8, 0));
        assertThat(reminders.sendDue()).as("not yet a week").isZero();
        clock.set(TestClock.paris(2026, 11, 10, 9, 5));
        assertThat(reminders.sendDue()).isEqualTo(2);
        assertThat(reminders.sendDue()).as("each once").isZero();

        List<ReceivedMail> week = remindersTo(cast.victim(), ref);
        assertThat(week)
                .extracting(ReceivedMail::subject)
                .containsExactlyInAnyOrder(
                        "Dossier " + ref
                                + " : l’assureur attend toujours « bulletins de paie » (date souhaitée : 17 novembre 2026)",
                        "Dossier " + ref
                                + " : l’assureur attend toujours « certificat médical initial » (date souhaitée : 17 novembre 2026)");
        ReceivedMail payslipMail = week.stream()
                .filter(m -> m.subject().contains("bulletins de paie"))
                .findFirst()
                .orElseThrow();
        assertThat(payslipMail.text())
                .contains("Le 3 novembre 2026, l’assureur Assurances d’essai a demandé « bulletins de paie »")
                .contains("Ne pas répondre ne vous fait perdre aucun droit")
                .contains("article R211-37 du Code des assurances")
                .contains("jusqu’à votre réponse (article R211-31)")
                .contains("/dossier/" + ref + "/messages")
                .contains("desabonnement/")
                .doesNotContain("secret médical");
        assertThat(week.stream()
                        .filter(m -> m.subject().contains("certificat médical initial"))
                        .findFirst()
                        .orElseThrow()
                        .text())
                .contains("vous pouvez refuser de le transmettre, au nom du secret médical");
        assertThat(remindersTo(cast.helper(), ref))
                .as("the caseworker with the correspondence scope")
                .hasSize(2);
        assertThat(remindersTo(cast.agent(), ref)).isEmpty();
        assertThat(remindersTo(cast.doctor(), ref)).isEmpty();

        // the pay slips are given; on the due date only the certificate is reminded
        fixtures.as(cast.victim(), () -> {
            requests.answerWithUpload(
                    payslips,
                    new NewDocument("paie.pdf", TestFiles.pdf(), null, null, LocalDate.of(2026, 10, 1), "Paie"));
            return null;
        });
        clock.set(TestClock.paris(2026, 11, 16, 23, 0));
        assertThat(reminders.sendDue()).isZero();
        clock.set(TestClock.paris(2026, 11, 17, 7, 0));
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(reminders.sendDue()).isZero();
        clock.set(TestClock.paris(2026, 11, 20, 7, 0));
        assertThat(reminders.sendDue()).isZero();

        List<ReceivedMail> all = remindersTo(cast.victim(), ref);
        assertThat(all).hasSize(3);
        assertThat(all.get(2).subject())
                .isEqualTo("Dossier " + ref + " : « certificat médical initial » est demandé pour le 17 novembre 2026");
        assertThat(all.get(2).text())
                .contains("au plus tard le 17 novembre 2026. La demande est toujours ouverte.")
                .contains("au nom du secret médical");
        assertThat(remindersTo(cast.helper(), ref)).hasSize(3);
    }

    @Test
    void aRequestDueBeforeAWeekIsRemindedOnItsDueDateOnlyAndAWithdrawnOneNever() {
        today(2026, 11, 3, 9);
        Cast cast = medical.claimWithParticipants();
        String ref = cast.reference();
        fixtures.as(
                cast.agent(),
                () -> requests.create(ref, RequestItem.TAX_NOTICE, null, "Avis 2025.", LocalDate.of(2026, 11, 6)));
        long withdrawn = fixtures.as(
                cast.agent(),
                () -> requests.create(
                        ref, RequestItem.BANK_DETAILS, null, "Pour le paiement.", LocalDate.of(2026, 11, 6)));
        fixtures.as(cast.agent(), () -> {
            requests.withdraw(withdrawn);
            return null;
        });
        clock.set(TestClock.paris(2026, 11, 6, 7, 0));
        assertThat(reminders.sendDue()).isEqualTo(1);
        clock.set(TestClock.paris(2026, 11, 12, 7, 0));
        assertThat(reminders.sendDue())
                .as("no week reminder after the due date's")
                .isZero();
        assertThat(remindersTo(cast.victim(), ref))
                .extracting(ReceivedMail::subject)
                .containsExactly("Dossier " + ref + " : « avis d’imposition » est demandé pour le 6 novembre 2026");
    }
}
