package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.deadline.DeadlineCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review of an offer to a relative or heir (issue 24). Accident Mon 5 Oct 2026, insurer told 20 Oct 2026, victim
 * died 10 Dec 2026: R211-30 adds the 35 days from 5 Nov 2026 (a month after the accident) to 10 Dec 2026 to the
 * 8 months (5 Jun 2027), i.e. 10 Jul 2027, a Saturday: due Mon 12 Jul 2027. Without the death, the victim's 8-month
 * date: 5 Jun 2027 is a Saturday, so Mon 7 Jun 2027.
 */
class RelativeOfferReviewTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    private static final LocalDate HEIRS_DUE = LocalDate.of(2027, 7, 12);

    @Autowired
    private RelativeOfferFamily families;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private OfferService offers;

    private OfferReview review(String who, String reference) {
        return fixtures.as(who, () -> offers.review(reference)).orElseThrow();
    }

    @Test
    void anHeirsOfferIsHeldAgainstTheExtendedDeadlineInTimeThenLate() {
        today(2026, 12, 20, 10);
        var h = families.heirs(SMTP);
        fixtures.as(
                h.agent(),
                () -> offers.record(
                        h.reference(),
                        h.leaId(),
                        RelativeOfferFamily.letter(LocalDate.of(2026, 12, 18), RelativeOfferFamily.heirHeads())));

        OfferReview inTime = review(h.lea(), h.reference());
        assertThat(inTime.timeliness().basis()).isEqualTo(OfferReview.Basis.HEIRS_AFTER_DEATH);
        assertThat(inTime.timeliness().checked()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DeadlineCode.OFFER_8M);
            assertThat(d.dueDate()).isEqualTo(HEIRS_DUE);
        });
        assertThat(inTime.timeliness().late()).isFalse();
        assertThat(inTime.timeliness().showsOnTime()).isTrue();
        assertThat(inTime.claimant().deathRecorded()).isTrue();
        assertThat(inTime.complete()).isTrue();
        assertThat(inTime.benchmarks()).isEmpty();
        assertThat(inTime.notOffered())
                .as("the heir's heads not offered, PAMI among them after the death; none of the victim's")
                .contains(DintilhacHead.PAMI, DintilhacHead.PRP)
                .doesNotContain(DintilhacHead.FO, DintilhacHead.DSA);

        today(2027, 8, 2, 10);
        fixtures.as(
                h.agent(),
                () -> offers.record(
                        h.reference(),
                        h.noeId(),
                        RelativeOfferFamily.letter(
                                LocalDate.of(2027, 8, 2), List.of(HeadLine.of(DintilhacHead.PAF, "20000.00")))));
        OfferReview late = review(h.noeRepresentative(), h.reference());
        assertThat(late.timeliness().late()).isTrue();
        assertThat(late.timeliness().missed().dueDate()).isEqualTo(HEIRS_DUE);
        assertThat(late.timeliness().penalty()).isNotNull();
        assertThat(late.timeliness().showsOnTime()).isFalse();
    }

    @Test
    void aRelativeOfALivingVictimGetsNoDateOnlyTheVictimsAsContext() {
        today(2026, 12, 20, 10);
        var l = families.living(SMTP);
        fixtures.as(
                l.cast().agent(),
                () -> offers.record(
                        l.reference(),
                        l.relativeId(),
                        RelativeOfferFamily.letter(
                                LocalDate.of(2026, 12, 18), List.of(HeadLine.of(DintilhacHead.PAI, "3000.00")))));

        OfferReview r = review(l.relative(), l.reference());

        assertThat(r.timeliness().basis()).isEqualTo(OfferReview.Basis.RELATIVE_NO_DATE);
        assertThat(r.timeliness().checked()).isEmpty();
        assertThat(r.timeliness().late()).isFalse();
        assertThat(r.timeliness().showsOnTime()).isFalse();
        assertThat(r.timeliness().basisDate()).isEqualTo(LocalDate.of(2027, 6, 7));
        assertThat(r.claimant().victimOfferDue()).isEqualTo(LocalDate.of(2027, 6, 7));
        assertThat(r.notOffered()).doesNotContain(DintilhacHead.PAMI);
    }

    @Test
    void theDirectVictimsFaultReductionIsShownAndADifferentRateOnTheRelativesHeadsIsFlagged() {
        today(2026, 12, 20, 10);
        var l = families.living(SMTP);
        fixtures.as(
                l.cast().victim(),
                () -> offers.record(
                        l.reference(),
                        RelativeOfferFamily.letter(
                                LocalDate.of(2026, 12, 1),
                                List.of(HeadLine.of(DintilhacHead.SE, "10000.00")
                                        .withGrade("3")
                                        .withReduction("2000.00", "Faute de la victime (art. 4)")))));
        fixtures.as(
                l.cast().agent(),
                () -> offers.record(
                        l.reference(),
                        l.relativeId(),
                        RelativeOfferFamily.letter(
                                LocalDate.of(2026, 12, 18), List.of(HeadLine.of(DintilhacHead.PAF, "8000.00")))));

        ClaimantReview c = review(l.relative(), l.reference()).claimant();
        assertThat(c.victimReductionRate()).isEqualByComparingTo("20.0");
        assertThat(c.ownReductionRate()).isEqualByComparingTo("0");
        assertThat(c.reductionDiffers()).isTrue();

        fixtures.as(
                l.cast().agent(),
                () -> offers.record(
                        l.reference(),
                        l.relativeId(),
                        RelativeOfferFamily.letter(
                                LocalDate.of(2026, 12, 19),
                                List.of(HeadLine.of(DintilhacHead.PAF, "8000.00")
                                        .withReduction("1600.00", "Faute de la victime directe (art. 6)")))));
        ClaimantReview same = review(l.relative(), l.reference()).claimant();
        assertThat(same.ownReductionRate()).isEqualByComparingTo("20.0");
        assertThat(same.reductionDiffers()).isFalse();
    }
}
