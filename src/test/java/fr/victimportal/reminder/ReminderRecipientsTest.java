package fr.victimportal.reminder;

import static fr.victimportal.TestClock.paris;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.notification.MailPreferences;
import fr.victimportal.notification.ReceivedMail;
import fr.victimportal.reminder.domain.Reminder;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who receives a deadline reminder, at a real SMTP server (GreenMail): the copy for a caseworker whose mandate covers
 * the correspondence, each victim's language with the links to the screen and to unsubscribe, and a topic turned off.
 */
class ReminderRecipientsTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private AccountService accounts;

    @Autowired
    private MailPreferences preferences;

    @Autowired
    private ReminderTesting reminderTesting;

    @Autowired
    private JdbcTemplate jdbc;

    private void runJobs() {
        reminderTesting.runJobs();
    }

    private String declare(String victim) {
        return reminderTesting.declare(victim);
    }

    @Test
    void aCaseworkerWhoseMandateCoversTheCorrespondenceGetsACopyAndNoOtherCaseworkerDoes() {
        String victim = fixtures.newUser(Role.VICTIM, "Rose Lambert");
        String ref = declare(victim);
        long claimId = jdbc.queryForObject("select id from claim where reference = ?", Long.class, ref);
        String mail = fixtures.newUser(Role.HELPER, "Aide Courrier");
        String docs = fixtures.newUser(Role.HELPER, "Aide Documents");
        jdbc.update(
                "insert into claim_participant (claim_id, user_id, role, since, scope) values (?, ?, 'HELPER', ?,"
                        + " 'CORRESPONDENCE')",
                claimId,
                accounts.idOf(mail).orElseThrow(),
                Timestamp.from(paris(2026, 11, 22, 18, 0)));
        jdbc.update(
                "insert into claim_participant (claim_id, user_id, role, since, scope) values (?, ?, 'HELPER', ?,"
                        + " 'DOCUMENTS')",
                claimId,
                accounts.idOf(docs).orElseThrow(),
                Timestamp.from(paris(2026, 11, 22, 18, 0)));

        clock.set(paris(2026, 12, 15, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, victim)).hasSize(1);
        List<ReceivedMail> copy = ReceivedMail.to(SMTP, mail);
        assertThat(copy)
                .extracting(ReceivedMail::subject)
                .containsExactly("Questionnaire de l’assureur : à renvoyer au plus tard le 22 décembre 2026");
        assertThat(copy.get(0).text())
                .contains("Copie pour l’association mandatée, au titre du mandat de la victime" + " (dossier " + ref
                        + ")");
        assertThat(ReceivedMail.to(SMTP, docs))
                .as("documents only: no copy of the mail")
                .isEmpty();
    }

    @Test
    void eachVictimGetsTheMailInTheirLanguageWithLinksToTheScreenAndToUnsubscribe() {
        String french = fixtures.newUser(Role.VICTIM, "Alice Bonnet");
        String english = "en-" + UUID.randomUUID() + "@example.org";
        accounts.create(english, ClaimFixtures.PASSWORD, "Jane Walker", Role.VICTIM, Locale.ENGLISH);
        String frRef = declare(french);
        String enRef = declare(english);

        clock.set(paris(2026, 12, 15, 9, 0));
        runJobs();

        ReceivedMail fr = ReceivedMail.to(SMTP, french).get(0);
        assertThat(fr.text())
                .startsWith("Bonjour Alice Bonnet,")
                .contains(
                        "Répondre au questionnaire\nhttp://localhost:8080/dossier/" + frRef + "/questionnaire",
                        "Se désabonner arrête seulement les rappels",
                        "ne peuvent pas être désactivés");
        assertThat(fr.text())
                .containsPattern(
                        "Ne plus recevoir ces rappels\nhttp://localhost:8080/desabonnement/[A-Za-z0-9_-]{32}\\?sujet=QUESTIONNAIRE");
        assertThat(fr.html())
                .contains(
                        "<html lang=\"fr\">",
                        "Portail victimes",
                        "href=\"http://localhost:8080/dossier/" + frRef + "/questionnaire\"");
        assertThat(fr.header("List-Unsubscribe")).startsWith("<http://localhost:8080/desabonnement/");
        assertThat(fr.header("Content-Language")).isEqualTo("fr");

        ReceivedMail en = ReceivedMail.to(SMTP, english).get(0);
        assertThat(en.subject()).isEqualTo("Insurer’s questionnaire: send it back by December 22, 2026");
        assertThat(en.text())
                .startsWith("Hello Jane Walker,")
                .contains(
                        "You have about one week left.",
                        "You have six weeks from the day",
                        "Answer the questionnaire\nhttp://localhost:8080/dossier/" + enRef + "/questionnaire",
                        "Unsubscribing only stops reminders",
                        "Applicable text: C. assur. art. R211-31.");
        assertThat(en.html()).contains("<html lang=\"en\">", "Victim portal");
        assertThat(en.header("Content-Language")).isEqualTo("en");
    }

    @Test
    void aVictimWhoTurnedATopicOffGetsNoneOfItsRemindersButStillTheOthers() {
        String victim = fixtures.newUser(Role.VICTIM, "Zoé Lambert");
        String ref = declare(victim);
        fixtures.as(victim, () -> {
            preferences.setMine(ReminderTopic.QUESTIONNAIRE.name(), false);
            return null;
        });

        clock.set(paris(2026, 12, 15, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, victim)).isEmpty();
        Reminder skipped = reminderTesting.reminder(ref, ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS);
        assertThat(skipped.getStatus()).isEqualTo(ReminderStatus.SKIPPED);
        assertThat(skipped.getNote()).isEqualTo("OPTED_OUT");
    }
}
