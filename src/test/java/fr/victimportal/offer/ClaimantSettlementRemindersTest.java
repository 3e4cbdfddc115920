package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 24: a relative's or heir's own settlement has its own reminders. Léa accepts on 18 Dec 2026: she may withdraw
 * until Mon 4 Jan 2027 (15 days end on Sat 2 Jan, CPC 642), and is mailed three days before, on the last day, and once
 * the payment is late; each mail once. Noé, a minor, waits for the judge: no date runs, no mail.
 */
class ClaimantSettlementRemindersTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    private static final LocalDate RECEIVED = LocalDate.of(2026, 12, 18);

    @Autowired
    private RelativeOfferFamily families;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private OfferService offers;

    @Autowired
    private ClaimantSettlementReminders reminders;

    @Autowired
    private JdbcTemplate jdbc;

    private List<String> subjects(String reference) {
        return jdbc.queryForList(
                "select o.subject from mail_outbox o join claimant c on c.account_id = o.recipient_user_id"
                        + " join claim k on k.id = c.claim_id where k.reference = ?"
                        + " and o.dedup_key like 'claimant-settlement:%' order by o.id",
                String.class, reference);
    }

    private void accept(String who, String reference, long offerId) {
        OfferFile offer = fixtures.as(who, () -> offers.latest(reference)).orElseThrow();
        fixtures.as(who, () -> offers.accept(reference, offerId, offer.version(), RECEIVED));
    }

    @Test
    void anHeirIsRemindedOfTheirOwnWithdrawalEndAndOfALatePaymentEachOnce() {
        today(2026, 12, 20, 10);
        var h = families.heirs(SMTP);
        long leas = fixtures.as(
                h.agent(),
                () -> offers.record(
                        h.reference(),
                        h.leaId(),
                        RelativeOfferFamily.letter(RECEIVED, RelativeOfferFamily.heirHeads())));
        long noes = fixtures.as(
                h.agent(),
                () -> offers.record(
                        h.reference(),
                        h.noeId(),
                        RelativeOfferFamily.letter(RECEIVED, RelativeOfferFamily.heirHeads())));
        accept(h.lea(), h.reference(), leas);
        accept(h.noeRepresentative(), h.reference(), noes);
        OfferFile lea = fixtures.as(h.lea(), () -> offers.latest(h.reference())).orElseThrow();
        assertThat(lea.settlement().withdrawalEndsOn()).isEqualTo(LocalDate.of(2027, 1, 4));

        // other tests' settlements may share the database: what this claim's heirs received is read from the outbox
        reminders.sendDue();
        assertThat(subjects(h.reference())).isEmpty();

        today(2027, 1, 1, 9);
        reminders.sendDue();
        reminders.sendDue();
        assertThat(subjects(h.reference())).as("once").hasSize(1);

        today(2027, 1, 4, 9);
        reminders.sendDue();
        assertThat(subjects(h.reference())).hasSize(2);

        LocalDate due = lea.settlement().paymentDueOn();
        today(due.getYear(), due.getMonthValue(), due.getDayOfMonth(), 9);
        reminders.sendDue();
        assertThat(subjects(h.reference())).as("not late on its last day").hasSize(2);
        LocalDate late = due.plusDays(1);
        today(late.getYear(), late.getMonthValue(), late.getDayOfMonth(), 9);
        reminders.sendDue();
        reminders.sendDue();

        assertThat(subjects(h.reference()))
                .containsExactly(
                        "Il vous reste jusqu’au 4 janvier 2027 pour revenir sur votre accord",
                        "Aujourd’hui, 4 janvier 2027, est le dernier jour pour revenir sur votre accord",
                        "Dossier " + h.reference() + " : le paiement de votre indemnité est en retard");
    }
}
