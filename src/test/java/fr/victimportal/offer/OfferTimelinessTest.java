package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.offer.OfferReview.Basis;
import fr.victimportal.offer.OfferReview.MissingElement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The offer's timeliness (L211-9 al. 2 and 3), the L211-13 base, and R211-40 (a payer's claim needs the
 * payer). Accident Mon 5 Jan 2026: 8 months -> Sat 5 Sep -> Mon 7 Sep 2026; 3 months -> 5 Apr 2026.
 * Insurer informed of the consolidation Mon 1 Jun 2026 (after 3 months): 5 months -> Sun 1 Nov (All Saints) -> Mon 2 Nov.
 */
class OfferTimelinessTest extends IntegrationTest {

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offers;

    private String victim;
    private String reference;

    private void claim(LocalDate insurerKnewConsolidation) {
        today(2026, 12, 4, 10);
        victim = claims.newUser(Role.VICTIM, "Rose Marchand");
        reference = claims.submittedClaim(
                victim,
                LocalDate.of(2026, 1, 5),
                new ProcedureDates(
                        LocalDate.of(2026, 1, 12), null, LocalDate.of(2026, 3, 1), insurerKnewConsolidation));
    }

    private OfferReview.Timeliness record(OfferKind kind, LocalDate receivedOn, List<HeadLine> heads) {
        OfferInput c = OfferFixtures.complete(receivedOn, heads);
        claims.as(
                victim,
                () -> offers.record(
                        reference,
                        new OfferInput(
                                receivedOn,
                                kind,
                                c.insurerName(),
                                c.insurerAddress(),
                                c.insurerReference(),
                                true,
                                true,
                                c.propertyDamage(),
                                false,
                                false,
                                heads)));
        return claims.as(victim, () -> offers.review(reference).orElseThrow()).timeliness();
    }

    @Test
    void aDefinitiveOfferAfterEightMonthsIsOnTimeWhenAProvisionalOneMetTheEightMonths() {
        claim(LocalDate.of(2026, 6, 1));
        OfferReview.Timeliness provisional =
                record(OfferKind.PROVISIONAL, LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads());
        assertThat(provisional.late()).isFalse();
        assertThat(provisional.basis()).isEqualTo(Basis.PROVISIONAL_DEFINITIVE_DUE);
        assertThat(provisional.definitive().dueDate()).isEqualTo(LocalDate.of(2026, 11, 2));

        OfferReview.Timeliness definitive =
                record(OfferKind.DEFINITIVE, LocalDate.of(2026, 10, 20), OfferFixtures.typicalHeads());
        assertThat(definitive.basis()).isEqualTo(Basis.AFTER_PROVISIONAL_IN_TIME);
        assertThat(definitive.basisDate()).isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(definitive.checked()).extracting(d -> d.code()).containsExactly(DeadlineCode.OFFER_DEFINITIVE_5M);
        assertThat(definitive.late()).isFalse();
        assertThat(definitive.penalty()).isNull();
    }

    @Test
    void aDefinitiveOfferAfterTheFiveMonthsIsLateFromTheirEnd() {
        claim(LocalDate.of(2026, 6, 1));
        record(OfferKind.PROVISIONAL, LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads());
        OfferReview.Timeliness definitive =
                record(OfferKind.DEFINITIVE, LocalDate.of(2026, 11, 10), OfferFixtures.typicalHeads());
        assertThat(definitive.missed().code()).isEqualTo(DeadlineCode.OFFER_DEFINITIVE_5M);
        assertThat(definitive.penalty().from()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(definitive.penalty().to()).isEqualTo(LocalDate.of(2026, 11, 10));
    }

    @Test
    void aProvisionalOfferIsLateWhenTheInsurerKnewOfTheConsolidationWithinThreeMonths() {
        claim(LocalDate.of(2026, 3, 20)); // within 3 months of the accident: the 8-month offer had to be definitive
        OfferReview.Timeliness t =
                record(OfferKind.PROVISIONAL, LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads());
        assertThat(t.basis()).isEqualTo(Basis.PROVISIONAL_NOT_ALLOWED);
        assertThat(t.basisDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(t.late()).isTrue();
        assertThat(t.missed().code()).isEqualTo(DeadlineCode.OFFER_8M);
        // still no valid offer: the estimate runs from Tue 8 Sep to today (Fri 4 Dec)
        assertThat(t.penalty().from()).isEqualTo(LocalDate.of(2026, 9, 8));
        assertThat(t.penalty().to()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void theL211Dash13EstimateIsOnTheIndemnityAfterTheFaultReductionBeforeThePayers() {
        claim(null);
        // gross 10 000 + 2 000; reduction 25 % on both; payers 1 500 on the PGPA
        OfferReview.Timeliness t = record(
                OfferKind.DEFINITIVE,
                LocalDate.of(2026, 9, 15),
                List.of(
                        HeadLine.of(DintilhacHead.PGPA, "10000.00")
                                .withReduction("2500.00", "Faute du conducteur (art. 4)")
                                .withPayer("1500.00", "CPAM de la Gironde", false),
                        HeadLine.of(DintilhacHead.SE, "2000.00")
                                .withReduction("500.00", "Faute du conducteur (art. 4)")));
        assertThat(t.missed().code()).isEqualTo(DeadlineCode.OFFER_8M);
        assertThat(t.penalty().base()).isEqualByComparingTo("9000.00"); // 12 000 − 3 000, payers not deducted
    }

    @Test
    void aPayerClaimWithoutThePayerNamedIsFlagged() {
        claim(null);
        OfferInput c = OfferFixtures.complete(
                LocalDate.of(2026, 8, 3),
                List.of(
                        HeadLine.of(DintilhacHead.DSA, "1250.40").withPayer("1100.40", " ", false),
                        HeadLine.of(DintilhacHead.PGPA, "3200.00").withPayer("2000.00", "CPAM de la Gironde", false)));
        claims.as(victim, () -> offers.record(reference, c));
        OfferReview review = claims.as(victim, () -> offers.review(reference).orElseThrow());
        assertThat(review.missing())
                .containsExactly(new OfferReview.Missing(MissingElement.PAYER_NOT_NAMED, DintilhacHead.DSA));
    }
}
