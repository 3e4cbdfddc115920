package fr.victimportal.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestClock;
import fr.victimportal.TestSmtp;
import fr.victimportal.aggravation.AggravationInput;
import fr.victimportal.aggravation.AggravationNature;
import fr.victimportal.aggravation.Aggravations;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.notification.ReceivedMail;
import fr.victimportal.offer.OfferFixtures;
import fr.victimportal.offer.OfferService;
import fr.victimportal.reminder.domain.Reminder;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each aggravation's own ten years (L211-19, C. civ. 2226) get the reminder the initial claim's
 * limitation gets, one year and one month before their last day, which is the nominal date even on a Sunday (the
 * prudent reading of docs/legal-notes.md). End to end: real services, the reminder job, GreenMail.
 */
class AggravationReminderMailTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private OfferService offers;

    @Autowired
    private Aggravations aggravations;

    @Autowired
    private ReminderTesting reminderTesting;

    @Test
    void anAggravationsTenYearsAreRemindedThirteenMonthsBeforeTheirNominalLastDay() {
        // definitive offer accepted Fri 4 Dec 2026; the withdrawal period ends Mon 21 Dec 2026
        clock.set(TestClock.paris(2026, 12, 4, 10, 0));
        var v = fixtures.victimWithOffer("Lucie Garnier");
        fixtures.accept(v);
        clock.set(TestClock.paris(2027, 6, 1, 10, 0));
        long id = claims.as(
                v.email(),
                () -> aggravations.declare(
                        v.reference(),
                        new AggravationInput(
                                AggravationNature.FUNCTIONAL,
                                LocalDate.of(2027, 5, 2),
                                "Douleurs au genou plus fortes, nouvelle opération prévue, arrêt de travail.")));
        clock.set(TestClock.paris(2028, 3, 10, 10, 0));
        // consolidated Tue 29 Feb 2028: + 10 years = Sun 28 Feb 2038, not moved to Monday 1 March
        claims.as(v.email(), () -> {
            aggravations.recordConsolidation(v.reference(), id, LocalDate.of(2028, 2, 29));
            return 0;
        });

        Reminder planned = reminderTesting.reminder(v.reference(), ReminderKind.AGGRAVATION_LIMITATION_IN_13_MONTHS);
        assertThat(planned.getDueDate()).isEqualTo(LocalDate.of(2038, 2, 28));
        assertThat(planned.getSendAt()).isEqualTo(TestClock.paris(2037, 1, 28, 9, 0));

        clock.set(TestClock.paris(2037, 1, 27, 9, 0));
        reminderTesting.runJobs();
        assertThat(ReceivedMail.to(SMTP, v.email()))
                .extracting(ReceivedMail::subject)
                .noneMatch(s -> s.contains("aggravation"));

        clock.set(TestClock.paris(2037, 1, 28, 9, 0));
        reminderTesting.runJobs();
        ReceivedMail mail = ReceivedMail.to(SMTP, v.email()).stream()
                .filter(m -> m.subject().contains("aggravation"))
                .findFirst()
                .orElseThrow();
        assertThat(mail.subject())
                .isEqualTo("Votre délai pour demander réparation de l’aggravation se termine le 28 février 2038");
        assertThat(mail.text())
                .contains(
                        "le 28 février 2038",
                        v.reference(),
                        "L211-19",
                        "Voir l’aggravation\nhttp://localhost:8080/dossier/" + v.reference() + "/aggravation");

        reminderTesting.runJobs();
        assertThat(ReceivedMail.to(SMTP, v.email()))
                .filteredOn(m -> m.subject().contains("aggravation"))
                .hasSize(1);
    }
}
