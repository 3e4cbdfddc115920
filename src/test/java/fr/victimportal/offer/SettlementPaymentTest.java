package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.deadline.PenaltyEstimate;
import fr.victimportal.offer.domain.SettlementPaymentRepository;
import fr.victimportal.offer.domain.SettlementRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each payment is recorded; a partial payment does not stop the L211-17 estimate on the rest, and
 * the settlement is "paid" only once the net owed is paid. Accepted Fri 4 Dec 2026: payment due Thu 21 Jan 2027; net
 * owed 15 350,00 €.
 */
class SettlementPaymentTest extends IntegrationTest {

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offers;

    @Autowired
    private SettlementRepository settlements;

    @Autowired
    private SettlementPaymentRepository payments;

    @Test
    void aPartialPaymentLeavesTheRestOwedWithItsEstimateAndEachPaymentIsListed() {
        today(2026, 12, 4, 11);
        var v = fixtures.victimWithOffer("Lucas Perret");
        OfferFile f = fixtures.accept(v, LocalDate.of(2026, 12, 4));
        String agent = claims.newUser(Role.AGENT, "Agent Caron");

        today(2027, 2, 5, 10);
        OfferFile part = claims.as(
                agent,
                () -> offers.recordPayment(
                        v.reference(), f.id(), LocalDate.of(2027, 1, 31), new BigDecimal("5000.00")));
        OfferFile.SettlementState st = part.settlement();
        assertThat(st.paidInFull()).isFalse();
        assertThat(st.paidOn()).isNull();
        assertThat(st.paidAmount()).isEqualByComparingTo("5000.00");
        assertThat(st.outstanding()).isEqualByComparingTo("10350.00");
        // 5 000 € paid 10 days late (22..31 Jan), and the 10 350 € rest still running to today (22 Jan..5 Feb = 15
        // days)
        assertThat(st.latePayments())
                .extracting(PenaltyEstimate::base, PenaltyEstimate::days)
                .containsExactly(
                        Tuple.tuple(new BigDecimal("5000.00"), 10L), Tuple.tuple(new BigDecimal("10350.00"), 15L));
        assertThat(settlements.findByActiveOfferId(f.id()).orElseThrow().getPaidOn())
                .isNull();

        assertThatThrownBy(() -> claims.as(
                        agent,
                        () -> offers.recordPayment(
                                v.reference(), f.id(), LocalDate.of(2027, 2, 5), new BigDecimal("10350.01"))))
                .hasMessageContaining("offer.error.paymentAboveOutstanding");

        OfferFile paid = claims.as(
                agent,
                () -> offers.recordPayment(
                        v.reference(), f.id(), LocalDate.of(2027, 2, 5), new BigDecimal("10350.00")));
        assertThat(paid.settlement().paidInFull()).isTrue();
        assertThat(paid.settlement().paidOn()).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(paid.settlement().payments())
                .extracting(OfferFile.SettlementState.Payment::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("5000.00"), new BigDecimal("10350.00"));
        long settlementId =
                settlements.findByActiveOfferId(f.id()).orElseThrow().getId();
        assertThat(payments.findBySettlementIdOrderByPaidOnAscIdAsc(settlementId))
                .hasSize(2);
        // the victim sees the same list
        assertThat(fixtures.latest(v.email(), v.reference()).settlement().payments())
                .hasSize(2);
    }
}
