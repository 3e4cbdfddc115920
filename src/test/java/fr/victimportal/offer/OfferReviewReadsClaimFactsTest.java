package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.TestClock;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ProcedureFacts;
import fr.victimportal.deadline.DeadlineCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The offer review judges the offer against the claim's deadlines, which now include the claim's recorded facts. */
class OfferReviewReadsClaimFactsTest extends IntegrationTest {

    @Autowired
    private OfferFixtures offers;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private ClaimService claimService;

    @Autowired
    private OfferService offerService;

    @Test
    void anOfferInTheMonthAPayerAbroadAddsIsOnTime() {
        // Accident Mon 5 Jan 2026: 8 months due Mon 7 Sep 2026; with a third-party payer abroad, Mon 5 Oct 2026.
        clock.set(TestClock.paris(2026, 9, 25, 12, 0));
        OfferFixtures.Victim v = offers.victim("Rose Garnier");
        offers.record(v, OfferFixtures.complete(LocalDate.of(2026, 9, 21), OfferFixtures.typicalHeads()));
        OfferReview.Timeliness before = claims.as(
                        v.email(), () -> offerService.review(v.reference()).orElseThrow())
                .timeliness();
        assertThat(before.late()).isTrue();
        assertThat(before.missed().code()).isEqualTo(DeadlineCode.OFFER_8M);

        claims.as(
                v.email(),
                () -> claimService.saveProcedureFacts(
                        v.reference(),
                        claimService.open(v.reference()).version(),
                        new ProcedureFacts(null, false, false, true, null, false)));

        OfferReview.Timeliness after = claims.as(
                        v.email(), () -> offerService.review(v.reference()).orElseThrow())
                .timeliness();
        assertThat(after.late()).isFalse();
        assertThat(after.checked())
                .filteredOn(d -> d.code() == DeadlineCode.OFFER_8M)
                .extracting(d -> d.dueDate())
                .containsExactly(LocalDate.of(2026, 10, 5));
    }
}
