package fr.victimportal.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.TestClock;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.expertise.NoticeInput;
import fr.victimportal.expertise.events.ExaminationNoticeRecorded;
import fr.victimportal.reminder.domain.Reminder;
import fr.victimportal.reminder.domain.ReminderRepository;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder plan is a same-transaction listener (docs/architecture/events.md): the examination notice and the
 * reminders it calls for are written in one transaction, visible in it before the commit, and undone with it.
 */
@EnableScenarios
class ReminderPlanListenerTest extends IntegrationTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private Examinations examinations;

    @Autowired
    private ReminderRepository reminders;

    @Autowired
    private PlatformTransactionManager transactions;

    /** A complete notice, received on 20 Nov 2026, for an exam on Tue 15 Dec 2026 at 14:30. */
    private static NoticeInput notice() {
        return new NoticeInput(
                "Dr Paul Girard",
                "Médecin expert près la cour d’appel de Lyon",
                "Évaluer les séquelles de l’accident",
                LocalDate.of(2026, 12, 15),
                LocalTime.of(14, 30),
                "12 rue de la République, 69002 Lyon",
                "Assurances du Sud",
                true,
                LocalDate.of(2026, 11, 20));
    }

    /** The victim's e-mail and claim reference, on 23 Nov 2026. */
    private String[] victimWithClaim(String name) {
        String victim = fixtures.newUser(Role.VICTIM, name);
        clock.set(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, TestClock.PARIS).toInstant());
        String reference = fixtures.submittedClaim(
                victim, LocalDate.of(2026, 10, 5), new ProcedureDates(LocalDate.of(2026, 10, 20), null, null, null));
        return new String[] {victim, reference};
    }

    private List<ReminderKind> plannedKinds(String reference) {
        return reminders.findByClaimReferenceOrderByDueDateAscKindAsc(reference).stream()
                .filter(Reminder::isPlanned)
                .map(Reminder::getKind)
                .toList();
    }

    @Test
    void aRecordedNoticePlansTheExamRemindersInItsOwnTransaction(Scenario scenario) {
        String[] v = victimWithClaim("Léa Fontaine");
        assertThat(plannedKinds(v[1])).doesNotContain(ReminderKind.EXAM_IN_7_DAYS, ReminderKind.EXAM_TOMORROW);

        scenario.stimulate(tx -> tx.execute(status -> {
                    fixtures.as(v[0], () -> examinations.record(v[1], notice()));
                    // before the commit: the listener has already run, in this transaction
                    return plannedKinds(v[1]);
                }))
                .andWaitForEventOfType(ExaminationNoticeRecorded.class)
                .matchingMappedValue(ExaminationNoticeRecorded::reference, v[1])
                .toArriveAndVerify((event, beforeCommit) -> {
                    assertThat(event.examDate()).isEqualTo(LocalDate.of(2026, 12, 15));
                    assertThat(beforeCommit).contains(ReminderKind.EXAM_IN_7_DAYS, ReminderKind.EXAM_TOMORROW);
                    assertThat(plannedKinds(v[1])).isEqualTo(beforeCommit);
                });
    }

    @Test
    void aNoticeRolledBackTakesItsRemindersWithIt() {
        String[] v = victimWithClaim("Noé Garnier");
        List<ReminderKind> before = plannedKinds(v[1]);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            fixtures.as(v[0], () -> examinations.record(v[1], notice()));
            assertThat(plannedKinds(v[1])).contains(ReminderKind.EXAM_IN_7_DAYS);
            status.setRollbackOnly();
        });

        assertThat(plannedKinds(v[1])).isEqualTo(before);
        assertThat(fixtures.as(v[0], () -> examinations.latest(v[1]))).isEmpty();
    }
}
