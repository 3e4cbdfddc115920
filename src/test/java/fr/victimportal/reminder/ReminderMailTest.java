package fr.victimportal.reminder;

import static fr.victimportal.TestClock.paris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.PlannedDocument;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.QuestionnaireAnswers;
import fr.victimportal.notification.ReceivedMail;
import fr.victimportal.reminder.domain.Reminder;
import fr.victimportal.reminder.domain.ReminderRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deadline reminders end to end: a victim declares through the real service, the clock moves, the reminder job and
 * the delivery job run, and the mail arrives at a real SMTP server (GreenMail). Dates were checked on a calendar. Who
 * gets a copy, in which language, and the opt-out: ReminderRecipientsTest.
 */
class ReminderMailTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ReminderTesting reminderTesting;

    @Autowired
    private ReminderRepository reminders;

    @Autowired
    private JdbcTemplate jdbc;

    private void runJobs() {
        reminderTesting.runJobs();
    }

    private String declare(String victim) {
        return reminderTesting.declare(victim);
    }

    private Reminder reminder(String ref, ReminderKind kind) {
        return reminderTesting.reminder(ref, kind);
    }

    @Test
    void theQuestionnaireReminderIsSentOnItsDayAndNeverAgain() {
        String victim = fixtures.newUser(Role.VICTIM, "Camille Durand");
        String ref = declare(victim);
        Reminder planned = reminder(ref, ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS);
        assertThat(planned.getDueDate()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(planned.getSendAt()).isEqualTo(paris(2026, 12, 15, 9, 0));

        clock.set(paris(2026, 12, 15, 8, 59));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, victim))
                .as("not the day before, nor before 9:00")
                .isEmpty();

        clock.set(paris(2026, 12, 15, 9, 0));
        runJobs();
        List<ReceivedMail> received = ReceivedMail.to(SMTP, victim);
        assertThat(received)
                .extracting(ReceivedMail::subject)
                .containsExactly("Questionnaire de l’assureur : à renvoyer au plus tard le 22 décembre 2026");

        runJobs();
        clock.set(paris(2026, 12, 16, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, victim)).as("sent once only").hasSize(1);
        assertThat(reminder(ref, ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS).getStatus())
                .isEqualTo(ReminderStatus.SENT);

        clock.set(paris(2026, 12, 21, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, victim))
                .extracting(ReceivedMail::subject)
                .endsWith("Questionnaire de l’assureur : dernier jour le 22 décembre 2026");
    }

    @Test
    void theDatabaseHoldsOneReminderPerClaimKindAndDueDate() {
        String ref = declare(fixtures.newUser(Role.VICTIM, "Hugo Marchand"));
        String insert = "insert into reminder (claim_reference, kind, due_date, send_at, status, planned_at)"
                + " values (?, 'QUESTIONNAIRE_ANSWER_IN_7_DAYS', ?, current_timestamp, 'PLANNED', current_timestamp)";
        assertThatThrownBy(() -> jdbc.update(insert, ref, LocalDate.of(2026, 12, 22)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aCorrectedDateCancelsTheReminderItNoLongerCallsForAndPlansTheNewOne() {
        String victim = fixtures.newUser(Role.VICTIM, "Inès Moreau");
        String ref = declare(victim);
        Reminder before = reminder(ref, ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS);

        // The insurer's letter was in fact presented a week later: Tue 17 Nov, answer due Tue 29 Dec.
        clock.set(paris(2026, 11, 25, 11, 0));
        fixtures.as(
                victim,
                () -> claims.saveDates(
                        ref,
                        claims.open(ref).version(),
                        new ProcedureDates(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 17), null, null)));

        Reminder cancelled = reminders.findById(before.getId()).orElseThrow();
        assertThat(cancelled.getStatus()).isEqualTo(ReminderStatus.CANCELLED);
        assertThat(cancelled.getNote()).isEqualTo("CLAIM_CHANGED");
        Reminder replanned = reminder(ref, ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS);
        assertThat(replanned.getDueDate()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(replanned.getSendAt()).isEqualTo(paris(2026, 12, 22, 9, 0));

        clock.set(paris(2026, 12, 15, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, victim))
                .as("the cancelled reminder is never sent")
                .isEmpty();

        clock.set(paris(2026, 12, 22, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, victim))
                .extracting(ReceivedMail::subject)
                .containsExactly("Questionnaire de l’assureur : à renvoyer au plus tard le 29 décembre 2026");
    }

    @Test
    void answeringTheQuestionnaireStopsItsReminders() {
        String victim = fixtures.newUser(Role.VICTIM, "Jules Fabre");
        String ref = declare(victim);
        clock.set(paris(2026, 12, 1, 20, 0));
        // the answers count once the victim says they sent them to the insurer (R211-31), not when saved here
        fixtures.as(
                victim,
                () -> claims.saveQuestionnaire(
                        ref,
                        0,
                        new QuestionnaireAnswers(
                                "Jules Fabre",
                                "Nantes",
                                "Boulanger",
                                null,
                                null,
                                "Entorse",
                                0,
                                null,
                                null,
                                null,
                                null,
                                null,
                                Set.of(PlannedDocument.INITIAL_MEDICAL_CERTIFICATE),
                                null),
                        LocalDate.of(2026, 12, 1)));

        assertThat(reminder(ref, ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS).getStatus())
                .isEqualTo(ReminderStatus.CANCELLED);
        assertThat(reminder(ref, ReminderKind.QUESTIONNAIRE_ANSWER_TOMORROW).getStatus())
                .isEqualTo(ReminderStatus.CANCELLED);
        clock.set(paris(2026, 12, 21, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, victim)).isEmpty();
    }

    @Test
    void theDayAfterTheEightMonthsTheVictimLearnsWhatTheLateOfferMeansForThem() {
        // Accident Mon 2 Mar 2026: 8 months = Mon 2 Nov 2026.
        String victim = fixtures.newUser(Role.VICTIM, "Nadia Roche");
        clock.set(paris(2026, 3, 20, 12, 0));
        String ref = fixtures.submittedClaim(
                victim, LocalDate.of(2026, 3, 2), new ProcedureDates(LocalDate.of(2026, 3, 10), null, null, null));

        clock.set(paris(2026, 11, 2, 23, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, victim)).isEmpty();
        clock.set(paris(2026, 11, 3, 9, 5));
        runJobs();
        List<ReceivedMail> received = ReceivedMail.to(SMTP, victim);
        assertThat(received).hasSize(1);
        ReceivedMail mail = received.get(0);
        assertThat(mail.subject())
                .isEqualTo("Offre de l’assureur : le délai de huit mois a pris fin le 2 novembre 2026");
        assertThat(mail.text())
                .contains(
                        "Si vous n’avez pas encore reçu d’offre, voici ce que cela signifie pour vous.",
                        "rapporte des intérêts au double du taux légal",
                        "Texte applicable : C. assur. art. L211-9 al. 2.",
                        "http://localhost:8080/dossier/" + ref + "\n");
    }

    @Test
    void theDefinitiveOfferAndTheTenYearLimitationHaveTheirReminders() {
        // Accident 1 Sep 2025, consolidated 15 Jun 2026, the insurer learned it on Wed 1 Jul 2026 (after 3 months):
        // definitive offer due Tue 1 Dec 2026; limitation 15 Jun 2036 is a Sunday, so Mon 16 Jun 2036.
        String victim = fixtures.newUser(Role.VICTIM, "Marc Petitjean");
        clock.set(paris(2026, 11, 23, 10, 0));
        String ref = fixtures.submittedClaim(
                victim,
                LocalDate.of(2025, 9, 1),
                new ProcedureDates(
                        LocalDate.of(2025, 9, 10), null, LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 1)));

        Reminder limitation = reminder(ref, ReminderKind.LIMITATION_IN_13_MONTHS);
        // Sun 15 Jun 2036, not moved to the Monday (C. civ. 2229 is outside R211-36): the legal review changed it
        assertThat(limitation.getDueDate()).isEqualTo(LocalDate.of(2036, 6, 15));
        assertThat(limitation.getSendAt()).isEqualTo(paris(2035, 5, 15, 9, 0));
        assertThat(reminders.findByClaimReferenceOrderByDueDateAscKindAsc(ref))
                .extracting(Reminder::getKind)
                .as("the eight months ended in May 2026, long before the claim was declared: too late to remind")
                .doesNotContain(ReminderKind.OFFER_8M_OVERDUE);

        clock.set(paris(2026, 12, 2, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, victim))
                .extracting(ReceivedMail::subject)
                .containsExactly(
                        "Offre définitive de l’assureur : le délai de cinq mois a pris fin le 1 décembre 2026");

        clock.set(paris(2035, 5, 15, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, victim))
                .extracting(ReceivedMail::subject)
                .endsWith("Votre délai pour agir en justice se termine le 15 juin 2036");
    }
}
