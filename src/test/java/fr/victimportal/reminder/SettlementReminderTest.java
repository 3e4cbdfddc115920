package fr.victimportal.reminder;

import static fr.victimportal.TestClock.paris;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.notification.ReceivedMail;
import fr.victimportal.offer.OfferFile;
import fr.victimportal.offer.OfferFixtures;
import fr.victimportal.offer.OfferInput;
import fr.victimportal.offer.OfferKind;
import fr.victimportal.offer.OfferService;
import fr.victimportal.reminder.domain.Reminder;
import fr.victimportal.reminder.domain.ReminderRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reminders that follow the offer: an offer received stops the "offer overdue" reminder; an acceptance opens the
 * L211-16 withdrawal reminders (at once, three days before, last day) and the L211-17 payment reminder; a withdrawal
 * or a payment cancels what no longer applies. Real services, a moved clock, mails read at GreenMail.
 *
 * <p>Dates checked on a calendar: accepted Thu 3 Dec 2026, the 15 days end Fri 18 Dec 2026; payment due one month
 * later, Mon 18 Jan 2027.
 */
class SettlementReminderTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private OfferService offers;

    @Autowired
    private ReminderTesting reminderTesting;

    @Autowired
    private ReminderRepository reminders;

    private void runJobs() {
        reminderTesting.runJobs();
    }

    private Reminder reminder(String ref, ReminderKind kind) {
        return reminderTesting.reminder(ref, kind);
    }

    private static OfferInput offer(LocalDate receivedOn, OfferKind kind) {
        OfferInput c = OfferFixtures.complete(receivedOn, OfferFixtures.typicalHeads());
        return new OfferInput(
                c.receivedOn(),
                kind,
                c.insurerName(),
                c.insurerAddress(),
                c.insurerReference(),
                c.withdrawalRightConspicuous(),
                c.payerStatementsAttached(),
                c.propertyDamage(),
                c.judicialAuthorisationStated(),
                c.victimUnderProtection(),
                c.heads());
    }

    /** A victim whose definitive offer arrived on Tue 1 Dec 2026 and who accepts it on Thu 3 Dec 2026 at 10:00. */
    private OfferFile acceptedOn3December(OfferFixtures.Victim v) {
        clock.set(paris(2026, 12, 2, 15, 0));
        fixtures.record(v, offer(LocalDate.of(2026, 12, 1), OfferKind.DEFINITIVE));
        clock.set(paris(2026, 12, 3, 10, 0));
        return fixtures.accept(v);
    }

    @Test
    void anOfferReceivedBeforeTheEightMonthsCancelsTheOverdueReminder() {
        // accident Mon 5 Jan 2026: the eight months end Mon 7 Sep 2026
        clock.set(paris(2026, 8, 20, 10, 0));
        OfferFixtures.Victim v = fixtures.victim("Rose Garnier");
        Reminder overdue = reminder(v.reference(), ReminderKind.OFFER_8M_OVERDUE);
        assertThat(overdue.getDueDate()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(overdue.getStatus()).isEqualTo(ReminderStatus.PLANNED);

        clock.set(paris(2026, 8, 26, 11, 0));
        fixtures.record(v, offer(LocalDate.of(2026, 8, 25), OfferKind.PROVISIONAL));

        Reminder cancelled = reminders.findById(overdue.getId()).orElseThrow();
        assertThat(cancelled.getStatus()).isEqualTo(ReminderStatus.CANCELLED);
        assertThat(cancelled.getNote()).isEqualTo("CLAIM_CHANGED");
        clock.set(paris(2026, 9, 8, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, v.email()))
                .as("a provisional offer meets L211-9 al. 2")
                .isEmpty();
    }

    @Test
    void anAcceptedOfferBringsTheThreeWithdrawalRemindersEachOnceAndTellsTheAgents() {
        String agent = claims.newUser(Role.AGENT, "Agent Sinistres");
        OfferFixtures.Victim v = fixtures.victim("Paul Mercier");
        acceptedOn3December(v);

        runJobs();
        assertThat(ReceivedMail.to(SMTP, v.email()))
                .extracting(ReceivedMail::subject)
                .containsExactly(
                        "Vous avez accepté l’offre : vous pouvez encore changer d’avis jusqu’au 18 décembre 2026");
        ReceivedMail atAcceptance = ReceivedMail.to(SMTP, v.email()).get(0);
        assertThat(atAcceptance.text())
                .contains(
                        "jusqu’au 18 décembre 2026 inclus",
                        "Texte applicable : C. assur. art. L211-16.",
                        "http://localhost:8080/dossier/" + v.reference() + "/offre");
        assertThat(ReceivedMail.to(SMTP, agent))
                .extracting(ReceivedMail::subject)
                .containsExactly("Dossier " + v.reference() + " : la victime a accepté l’offre");
        assertThat(ReceivedMail.to(SMTP, agent).get(0).text())
                .contains("jusqu’au 18 décembre 2026 inclus", "au plus tard le 18 janvier 2027");

        clock.set(paris(2026, 12, 14, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, v.email())).hasSize(1);
        clock.set(paris(2026, 12, 15, 9, 0));
        runJobs();
        clock.set(paris(2026, 12, 18, 9, 0));
        runJobs();
        runJobs();
        clock.set(paris(2026, 12, 19, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, v.email()))
                .extracting(ReceivedMail::subject)
                .containsExactly(
                        "Vous avez accepté l’offre : vous pouvez encore changer d’avis jusqu’au 18 décembre 2026",
                        "Plus que trois jours pour revenir sur votre accord (jusqu’au 18 décembre 2026)",
                        "Dernier jour pour revenir sur votre accord : le 18 décembre 2026");
    }

    @Test
    void aWithdrawalCancelsTheRemainingRemindersAndTellsTheAgents() {
        String agent = claims.newUser(Role.AGENT, "Agent Règlements");
        OfferFixtures.Victim v = fixtures.victim("Léa Fontaine");
        OfferFile accepted = acceptedOn3December(v);
        runJobs();

        clock.set(paris(2026, 12, 10, 16, 0));
        OfferFile current = fixtures.latest(v.email(), v.reference());
        claims.as(v.email(), () -> offers.withdraw(v.reference(), accepted.id(), current.version()));

        assertThat(reminder(v.reference(), ReminderKind.WITHDRAWAL_IN_3_DAYS).getStatus())
                .isEqualTo(ReminderStatus.CANCELLED);
        assertThat(reminder(v.reference(), ReminderKind.WITHDRAWAL_LAST_DAY).getStatus())
                .isEqualTo(ReminderStatus.CANCELLED);
        assertThat(reminder(v.reference(), ReminderKind.PAYMENT_OVERDUE).getStatus())
                .isEqualTo(ReminderStatus.CANCELLED);
        runJobs();
        assertThat(ReceivedMail.to(SMTP, agent))
                .extracting(ReceivedMail::subject)
                .containsExactly(
                        "Dossier " + v.reference() + " : la victime a accepté l’offre",
                        "Dossier " + v.reference() + " : la victime est revenue sur son accord");

        for (Instant later :
                new Instant[] {paris(2026, 12, 15, 9, 0), paris(2026, 12, 18, 9, 0), paris(2027, 1, 19, 9, 0)}) {
            clock.set(later);
            runJobs();
        }
        assertThat(ReceivedMail.to(SMTP, v.email()))
                .as("only the mail sent at acceptance")
                .hasSize(1);
    }

    @Test
    void theVictimIsToldTheDayAfterAMissedPaymentAndNotWhenTheInsurerPaid() {
        String agent = claims.newUser(Role.AGENT, "Agent Paiements");
        OfferFixtures.Victim unpaid = fixtures.victim("Hugo Perrin");
        OfferFixtures.Victim paid = fixtures.victim("Emma Laurent");
        acceptedOn3December(unpaid);
        OfferFile paidOffer = acceptedOn3December(paid);
        assertThat(reminder(unpaid.reference(), ReminderKind.PAYMENT_OVERDUE).getDueDate())
                .isEqualTo(LocalDate.of(2027, 1, 18));

        clock.set(paris(2027, 1, 11, 14, 0));
        claims.as(
                agent,
                () -> offers.recordPayment(
                        paid.reference(), paidOffer.id(), LocalDate.of(2027, 1, 8), new BigDecimal("12450.40")));
        // a partial payment does not pay the net owed (15 350,00 €): the reminder stays
        assertThat(reminder(paid.reference(), ReminderKind.PAYMENT_OVERDUE).getStatus())
                .isEqualTo(ReminderStatus.PLANNED);
        claims.as(
                agent,
                () -> offers.recordPayment(
                        paid.reference(), paidOffer.id(), LocalDate.of(2027, 1, 11), new BigDecimal("2899.60")));
        assertThat(reminder(paid.reference(), ReminderKind.PAYMENT_OVERDUE).getStatus())
                .isEqualTo(ReminderStatus.CANCELLED);

        clock.set(paris(2027, 1, 18, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, unpaid.email()))
                .extracting(ReceivedMail::subject)
                .doesNotContain("Paiement de l’indemnité : l’assureur devait payer au plus tard le 18 janvier 2027");
        clock.set(paris(2027, 1, 19, 9, 0));
        runJobs();
        assertThat(ReceivedMail.to(SMTP, unpaid.email()))
                .extracting(ReceivedMail::subject)
                .endsWith("Paiement de l’indemnité : l’assureur devait payer au plus tard le 18 janvier 2027");
        assertThat(ReceivedMail.to(SMTP, unpaid.email()).getLast().text())
                .contains("Texte applicable : C. assur. art. L211-17.", "intérêts");
        assertThat(ReceivedMail.to(SMTP, paid.email()))
                .extracting(ReceivedMail::subject)
                .noneMatch(s -> s.startsWith("Paiement"));
    }
}
