package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Recording an offer head by head: computed totals and nets, the personal-head payer rule, who may record. */
class OfferRecordingTest extends IntegrationTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 8, 3);

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offers;

    @Test
    void theTwentyDirectVictimHeadsOfDintilhacAreThere() {
        assertThat(DintilhacHead.directHeads()).hasSize(20);
        assertThat(DintilhacHead.directHeads())
                .filteredOn(DintilhacHead::patrimonial)
                .hasSize(10);
        assertThat(DintilhacHead.PEP.frenchName()).isEqualTo("Préjudice esthétique permanent");
        assertThat(DintilhacHead.PE.frenchName()).isEqualTo("Préjudice d’établissement");
    }

    @Test
    void totalsAndNetAmountsAreComputedFromTheLines() {
        var v = fixtures.victim("Léa Martin");
        fixtures.record(v, OfferFixtures.complete(RECEIVED, OfferFixtures.typicalHeads()));

        OfferFile file = fixtures.latest(v.email(), v.reference());
        assertThat(file.lines())
                .extracting(OfferFile.Line::net)
                .containsExactly(
                        new BigDecimal("150.00"),
                        new BigDecimal("1200.00"),
                        new BigDecimal("1500.00"),
                        new BigDecimal("3500.00"),
                        new BigDecimal("9000.00"));
        // 1250.40 + 3200 + 1500 + 3500 + 9000
        assertThat(file.totals().gross()).isEqualByComparingTo("18450.40");
        assertThat(file.totals().payerClaims()).isEqualByComparingTo("3100.40");
        assertThat(file.totals().net()).isEqualByComparingTo("15350.00");
        assertThat(file.totals().net().scale()).isEqualTo(2);
        assertThat(file.victimName()).isEqualTo("Léa Martin");
    }

    @Test
    void withAReductionForFaultTheVictimIsPaidBeforeThePayers() {
        // Gross 10 000, 50 % fault: 5 000 owed; the payer paid 6 000 of benefits. The victim's uncovered loss is
        // 4 000 and is paid first (loi 1985 art. 31 al. 3): net 4 000, the payer recovers only 1 000.
        var v = fixtures.victim("Marc Petit");
        fixtures.record(
                v,
                OfferFixtures.complete(
                        RECEIVED,
                        List.of(HeadLine.of(DintilhacHead.PGPF, "10000")
                                .withReduction("5000", "Faute de conduite : 50 %")
                                .withPayer("6000", "CPAM", false))));
        OfferFile.Line line = fixtures.latest(v.email(), v.reference()).lines().getFirst();
        assertThat(line.owed()).isEqualByComparingTo("5000");
        assertThat(line.net()).isEqualByComparingTo("4000");
        assertThat(line.payersRecover()).isEqualByComparingTo("1000");
    }

    @Test
    void aPayerClaimOnAPersonalHeadIsRefusedWithoutProofAndAcceptedWithIt() {
        var v = fixtures.victim("Inès Roux");
        var withoutProof = OfferFixtures.complete(
                RECEIVED, List.of(HeadLine.of(DintilhacHead.DFP, "20000").withPayer("3000", "CPAM", false)));
        assertThatThrownBy(() -> fixtures.record(v, withoutProof))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("offer.error.payerOnPersonalHead");

        fixtures.record(
                v,
                OfferFixtures.complete(
                        RECEIVED,
                        List.of(HeadLine.of(DintilhacHead.DFP, "20000").withPayer("3000", "CPAM (rente AT)", true))));
        assertThat(fixtures.latest(v.email(), v.reference()).totals().net()).isEqualByComparingTo("17000");
    }

    @Test
    void badAmountsAndDatesAreRefused() {
        var v = fixtures.victim("Hugo Blanc");
        assertThatThrownBy(() -> fixtures.record(
                        v, OfferFixtures.complete(RECEIVED, List.of(HeadLine.of(DintilhacHead.SE, "100.123")))))
                .hasMessageContaining("offer.error.amount");
        assertThatThrownBy(() -> fixtures.record(
                        v,
                        OfferFixtures.complete(
                                RECEIVED,
                                List.of(HeadLine.of(DintilhacHead.SE, "100").withReduction("200", "x")))))
                .hasMessageContaining("offer.error.reductionAboveGross");
        assertThatThrownBy(() -> fixtures.record(
                        v, OfferFixtures.complete(LocalDate.of(2027, 1, 1), OfferFixtures.typicalHeads())))
                .hasMessageContaining("offer.error.receivedOn");
        assertThatThrownBy(() -> fixtures.record(
                        v,
                        OfferFixtures.complete(
                                RECEIVED,
                                List.of(HeadLine.of(DintilhacHead.SE, "100").withGrade("3.3")))))
                .hasMessageContaining("offer.error.grade");
        assertThatThrownBy(() -> fixtures.record(
                        v,
                        OfferFixtures.complete(
                                RECEIVED,
                                List.of(HeadLine.of(DintilhacHead.SE, "100"), HeadLine.of(DintilhacHead.SE, "200")))))
                .hasMessageContaining("offer.error.duplicateHead");
    }

    @Test
    void anAgentOrAHelperMayRecordTheOfferAndAStrangerGetsNotFound() {
        var v = fixtures.victim("Chloé Garnier");
        String agent = claims.newUser(Role.AGENT, "Agent Dupuis");
        long id = claims.as(
                agent,
                () -> offers.record(v.reference(), OfferFixtures.complete(RECEIVED, OfferFixtures.typicalHeads())));
        assertThat(fixtures.latest(v.email(), v.reference()).id()).isEqualTo(id);

        String helper = fixtures.helperOf(v);
        long byHelper = claims.as(
                helper,
                () -> offers.record(
                        v.reference(),
                        OfferFixtures.complete(
                                RECEIVED,
                                List.of(HeadLine.of(DintilhacHead.SE, "5000").withGrade("3.5")))));
        assertThat(fixtures.latest(v.email(), v.reference()).id()).isEqualTo(byHelper);

        String stranger = claims.newUser(Role.VICTIM, "Autre Victime");
        assertThatThrownBy(() -> claims.as(stranger, () -> offers.latest(v.reference())))
                .isInstanceOf(ClaimNotFoundException.class);
        String doctor = claims.newUser(Role.DOCTOR, "Dr Lenoir");
        assertThatThrownBy(() -> claims.as(
                        doctor,
                        () -> offers.record(
                                v.reference(), OfferFixtures.complete(RECEIVED, OfferFixtures.typicalHeads()))))
                .isInstanceOf(ClaimNotFoundException.class);
    }
}
