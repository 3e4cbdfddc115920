package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.offer.OfferReview.MissingElement;
import fr.victimportal.offer.OfferReview.Position;
import fr.victimportal.offer.OfferReview.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review: R211-40 completeness, L211-9 timeliness with the L211-13 estimate, and the benchmarks. */
class OfferReviewTest extends IntegrationTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 8, 3);

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offers;

    private OfferReview review(OfferInput input) {
        var v = fixtures.victim("Nina Fabre");
        fixtures.record(v, input);
        return claims.as(v.email(), () -> offers.review(v.reference()).orElseThrow());
    }

    private List<MissingElement> missing(UnaryOperator<OfferInput> change) {
        return review(change.apply(OfferFixtures.complete(RECEIVED, OfferFixtures.typicalHeads()))).missing().stream()
                .map(OfferReview.Missing::element)
                .toList();
    }

    private static OfferInput with(
            OfferInput i,
            boolean conspicuous,
            boolean statements,
            PropertyDamage property,
            OfferKind kind,
            boolean protectedAdult) {
        return new OfferInput(
                i.receivedOn(),
                kind,
                i.insurerName(),
                i.insurerAddress(),
                i.insurerReference(),
                conspicuous,
                statements,
                property,
                i.judicialAuthorisationStated(),
                protectedAdult,
                i.heads());
    }

    @Test
    void aCompleteOfferMissesNothing() {
        assertThat(missing(i -> i)).isEmpty();
    }

    @Test
    void eachMissingElementIsListed() {
        assertThat(missing(i -> with(i, true, false, PropertyDamage.ALREADY_SETTLED, OfferKind.DEFINITIVE, false)))
                .containsExactly(MissingElement.PAYER_STATEMENTS);
        assertThat(missing(i -> with(i, false, true, PropertyDamage.ALREADY_SETTLED, OfferKind.DEFINITIVE, false)))
                .containsExactly(MissingElement.WITHDRAWAL_RIGHT);
        assertThat(missing(i -> with(i, true, true, PropertyDamage.NOT_MENTIONED, OfferKind.DEFINITIVE, false)))
                .containsExactly(MissingElement.PROPERTY_DAMAGE);
        assertThat(missing(i -> with(i, true, true, PropertyDamage.INCLUDED, OfferKind.NOT_STATED, false)))
                .containsExactly(MissingElement.KIND);
        // L211-15 asks the judge's authorisation of the settlement, not a mention of it in the offer letter
        assertThat(missing(i -> with(i, true, true, PropertyDamage.NONE, OfferKind.PROVISIONAL, true)))
                .isEmpty();
        assertThat(missing(i -> with(i, false, false, PropertyDamage.NOT_MENTIONED, OfferKind.NOT_STATED, true)))
                .containsExactly(
                        MissingElement.PAYER_STATEMENTS,
                        MissingElement.WITHDRAWAL_RIGHT,
                        MissingElement.PROPERTY_DAMAGE,
                        MissingElement.KIND);
    }

    @Test
    void aReductionWithoutItsReasonIsListedForItsHead() {
        OfferReview r = review(OfferFixtures.complete(
                RECEIVED,
                List.of(
                        HeadLine.of(DintilhacHead.PGPA, "3000").withReduction("1000", " "),
                        HeadLine.of(DintilhacHead.SE, "5000").withReduction("1000", "Faute de la victime (art. 4)"))));
        assertThat(r.missing())
                .containsExactly(new OfferReview.Missing(MissingElement.REDUCTION_REASON, DintilhacHead.PGPA));
    }

    @Test
    void anOfferWithinEightMonthsIsOnTime() {
        OfferReview.Timeliness t = review(OfferFixtures.complete(RECEIVED, OfferFixtures.typicalHeads()))
                .timeliness();
        assertThat(t.late()).isFalse();
        assertThat(t.checked()).extracting(d -> d.code()).contains(DeadlineCode.OFFER_8M);
        assertThat(t.penalty()).isNull();
    }

    @Test
    void aLateOfferGetsTheL211Dash13Estimate() {
        // 5 Jan 2026 + 8 months = Sat 5 Sep 2026 -> Mon 7 Sep (CPC 642). Offer received Tue 15 Sep: interest runs
        // from Tue 8 Sep to Tue 15 Sep inclusive = 8 days, on the 18 450,40 € offered (before payers).
        OfferReview.Timeliness t = review(
                        OfferFixtures.complete(LocalDate.of(2026, 9, 15), OfferFixtures.typicalHeads()))
                .timeliness();
        assertThat(t.late()).isTrue();
        assertThat(t.missed().code()).isEqualTo(DeadlineCode.OFFER_8M);
        assertThat(t.missed().dueDate()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(t.penalty().from()).isEqualTo(LocalDate.of(2026, 9, 8));
        assertThat(t.penalty().days()).isEqualTo(8);
        assertThat(t.penalty().base()).isEqualByComparingTo("18450.40");
        assertThat(t.penalty().total()).isPositive();
    }

    @Test
    void benchmarksAreShownWithTheirSourceAndDfpHasNone() {
        OfferReview r = review(OfferFixtures.complete(
                RECEIVED,
                List.of(
                        HeadLine.of(DintilhacHead.DFT, "1500").withDays(60),
                        HeadLine.of(DintilhacHead.SE, "3500").withGrade("3"),
                        HeadLine.of(DintilhacHead.DFP, "9000"),
                        HeadLine.of(DintilhacHead.PEP, "2500").withGrade("3.5"),
                        HeadLine.of(DintilhacHead.PET, "800"))));
        var byHead = r.benchmarks().stream().collect(Collectors.toMap(OfferReview.HeadBenchmark::head, b -> b));

        var se = byHead.get(DintilhacHead.SE);
        assertThat(se.status()).isEqualTo(Status.COMPARED);
        // only the courts' référentiel remains (the ONIAM ranges, for medical accidents, were dropped)
        assertThat(se.comparisons())
                .extracting(c -> c.benchmark().referential().contains("Mornet"), c -> c.position())
                .containsExactly(Tuple.tuple(true, Position.BELOW));
        assertThat(se.comparisons().getFirst().benchmark().source()).contains("lucie-guillon-avocat.fr");
        assertThat(se.comparisons().getFirst().benchmark().year()).isEqualTo("2019");

        var dft = byHead.get(DintilhacHead.DFT);
        assertThat(dft.compared()).isEqualByComparingTo("25.00"); // 1 500 € / 60 days
        assertThat(dft.comparisons())
                .singleElement()
                .extracting(OfferReview.Comparison::position)
                .isEqualTo(Position.WITHIN);

        // PEP: the undated ranges with no named référentiel were dropped, so there is nothing to compare with
        var pep = byHead.get(DintilhacHead.PEP);
        assertThat(pep.status()).isEqualTo(Status.NO_BENCHMARK);
        assertThat(pep.comparisons()).isEmpty();

        assertThat(byHead.get(DintilhacHead.DFP).status()).isEqualTo(Status.NO_BENCHMARK);
        assertThat(byHead.get(DintilhacHead.DFP).comparisons()).isEmpty();
        assertThat(byHead).doesNotContainKey(DintilhacHead.PET);
        assertThat(r.notOffered()).hasSize(15).contains(DintilhacHead.PA).doesNotContain(DintilhacHead.SE);
    }

    @Test
    void aGradedHeadWithoutItsGradeCannotBeCompared() {
        OfferReview r = review(OfferFixtures.complete(RECEIVED, List.of(HeadLine.of(DintilhacHead.SE, "3500"))));
        assertThat(r.benchmarks())
                .singleElement()
                .extracting(OfferReview.HeadBenchmark::status)
                .isEqualTo(Status.NEEDS_GRADE);
    }
}
