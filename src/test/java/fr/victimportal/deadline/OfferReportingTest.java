package fr.victimportal.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** L211-9 al.4 (most favourable), D14 (cumulative), and the switches for the open points (docs/legal-notes.md). Dates checked with python3. */
class OfferReportingTest {

    private static final LocalDate ACCIDENT = LocalDate.of(2025, 1, 15); // 8 months: Mon 15 Sep 2025

    private final DeadlineEngine engine = new DeadlineEngine();

    @Test
    void eightAndFiveMonthsAreCumulativeAndTheEarliestIsMostFavourable() {
        // Insurer told of consolidation Mon 2 Jun 2025, after the 3-month mark (Tue 15 Apr): 5 months = Sun 2 Nov
        // -> Mon 3 Nov 2025.
        DeadlineSchedule s = engine.computeAll(
                ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .consolidationDate(LocalDate.of(2025, 5, 20))
                        .consolidationKnownDate(LocalDate.of(2025, 6, 2))
                        .build(),
                null);

        Deadline eight = s.find(DeadlineCode.OFFER_8M).orElseThrow();
        Deadline five = s.find(DeadlineCode.OFFER_DEFINITIVE_5M).orElseThrow();
        assertThat(five.dueDate()).isEqualTo("2025-11-03");
        assertThat(eight.notes())
                .contains(
                        DeadlineNote.CUMULATIVE_WITH_OTHER_OFFER_DEADLINE,
                        DeadlineNote.MOST_FAVOURABLE_TO_VICTIM,
                        DeadlineNote.OFFER_MAY_BE_PROVISIONAL);
        assertThat(five.notes())
                .contains(DeadlineNote.CUMULATIVE_WITH_OTHER_OFFER_DEADLINE)
                .doesNotContain(DeadlineNote.MOST_FAVOURABLE_TO_VICTIM);
        assertThat(s.mostFavourableOffer().code()).isEqualTo(DeadlineCode.OFFER_8M);
    }

    @Test
    void consolidationKnownWithinThreeMonthsMeansNoFiveMonthDeadline() {
        // 3-month mark Tue 15 Apr 2025: told that very day, so in time.
        DeadlineSchedule s = engine.computeAll(
                ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .consolidationDate(LocalDate.of(2025, 4, 1))
                        .consolidationKnownDate(LocalDate.of(2025, 4, 15))
                        .build(),
                null);
        assertThat(s.find(DeadlineCode.OFFER_DEFINITIVE_5M)).isEmpty();
        assertThat(s.find(DeadlineCode.OFFER_8M).orElseThrow().notes())
                .contains(DeadlineNote.OFFER_MUST_BE_DEFINITIVE)
                .doesNotContain(DeadlineNote.CUMULATIVE_WITH_OTHER_OFFER_DEADLINE);
        // One day later it is late: 16 Apr + 5 months = Tue 16 Sep 2025.
        DeadlineSchedule late = engine.computeAll(
                ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .consolidationDate(LocalDate.of(2025, 4, 1))
                        .consolidationKnownDate(LocalDate.of(2025, 4, 16))
                        .build(),
                null);
        assertThat(late.find(DeadlineCode.OFFER_DEFINITIVE_5M).orElseThrow().dueDate())
                .isEqualTo("2025-09-16");
    }

    @Test
    void threeMonthOfferBeatsEightMonthsWhenEarlier() {
        // Request Mon 3 Mar 2025, liability not contested, damage quantified: Tue 3 Jun 2025 < 15 Sep.
        DeadlineSchedule s = engine.computeAll(
                ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .compensationRequestDate(LocalDate.of(2025, 3, 3))
                        .damageFullyQuantified(true)
                        .build(),
                null);
        Deadline three = s.find(DeadlineCode.OFFER_3M).orElseThrow();
        assertThat(three.dueDate()).isEqualTo("2025-06-03");
        assertThat(three.notes()).contains(DeadlineNote.MOST_FAVOURABLE_TO_VICTIM);
        assertThat(s.find(DeadlineCode.OFFER_8M).orElseThrow().notes())
                .doesNotContain(DeadlineNote.MOST_FAVOURABLE_TO_VICTIM);
        assertThat(s.mostFavourableOffer()).isEqualTo(three);
    }

    @Test
    void contestedLiabilityGivesAReasonedReplyNotAnOffer() {
        DeadlineSchedule s = engine.computeAll(
                ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .compensationRequestDate(LocalDate.of(2025, 3, 3))
                        .liabilityContested(true)
                        .damageFullyQuantified(true)
                        .build(),
                null);
        assertThat(s.find(DeadlineCode.OFFER_3M)).isEmpty();
        Deadline reply = s.find(DeadlineCode.REASONED_REPLY_3M).orElseThrow();
        assertThat(reply.dueDate()).isEqualTo("2025-06-03");
        assertThat(reply.notes()).doesNotContain(DeadlineNote.MOST_FAVOURABLE_TO_VICTIM);
        assertThat(s.mostFavourableOffer().code()).isEqualTo(DeadlineCode.OFFER_8M);
    }

    @Test
    void staleCrossReferenceSwitch() {
        // Request Mon 3 Feb 2025 (quantified); notice to insurer 5 Mar: R211-29 suspends 16 days [17 Feb, 5 Mar].
        ClaimFacts facts = ClaimFacts.builder()
                .accidentDate(ACCIDENT)
                .insurerNoticeDate(LocalDate.of(2025, 3, 5))
                .compensationRequestDate(LocalDate.of(2025, 2, 3))
                .damageFullyQuantified(true)
                .build();

        // Default (docs/legal-notes.md): not applied to 3 months. 3 Feb + 3 months = Sat 3 May -> Mon 5 May 2025.
        Deadline byDefault =
                engine.computeAll(facts, null).find(DeadlineCode.OFFER_3M).orElseThrow();
        assertThat(byDefault.dueDate()).isEqualTo("2025-05-05");
        assertThat(byDefault.adjustments()).isEmpty();
        assertThat(byDefault.interpretations())
                .containsExactly(
                        new AppliedInterpretation(InterpretationPoint.R211_SUSPENSIONS_ON_THREE_MONTH_OFFER, false));
        assertThat(byDefault.interpretations().get(0).messageKey())
                .isEqualTo("deadline.interpretation.R211_SUSPENSIONS_ON_THREE_MONTH_OFFER.default");

        // Switched: 3 May + 16 days = Mon 19 May 2025.
        DeadlineEngine alternative =
                new DeadlineEngine(Interpretation.DOMAIN_DEFAULT.withR211SuspensionsApplyToThreeMonthOffer(true));
        Deadline switched =
                alternative.computeAll(facts, null).find(DeadlineCode.OFFER_3M).orElseThrow();
        assertThat(switched.dueDate()).isEqualTo("2025-05-19");
        assertThat(switched.adjustments())
                .extracting(Adjustment::rule)
                .containsExactly(AdjustmentRule.LATE_NOTICE_TO_INSURER);
        assertThat(switched.interpretations())
                .containsExactly(
                        new AppliedInterpretation(InterpretationPoint.R211_SUSPENSIONS_ON_THREE_MONTH_OFFER, true));
        // The 8-month deadline is suspended under both readings (1 Oct 2025).
        assertThat(alternative
                        .computeAll(facts, null)
                        .find(DeadlineCode.OFFER_8M)
                        .orElseThrow()
                        .dueDate())
                .isEqualTo("2025-10-01");
    }

    @Test
    void thirdPartyPayerAbroadExtendsTheThreeMonthOfferUnderEitherReading() {
        // R211-35 al.2 names "the deadlines of L211-9": 3 Feb + 4 months = Tue 3 Jun 2025, no interpretation flag.
        Deadline d = engine.computeAll(
                        ClaimFacts.builder()
                                .accidentDate(ACCIDENT)
                                .thirdPartyPayerOverseasOrAbroad(true)
                                .compensationRequestDate(LocalDate.of(2025, 2, 3))
                                .damageFullyQuantified(true)
                                .build(),
                        null)
                .find(DeadlineCode.OFFER_3M)
                .orElseThrow();
        assertThat(d.dueDate()).isEqualTo("2025-06-03");
        assertThat(d.interpretationApplied()).isFalse();
    }

    @Test
    void aggravationSwitch() {
        ClaimFacts facts = ClaimFacts.builder()
                .accidentDate(LocalDate.of(2015, 3, 2))
                .consolidationDate(LocalDate.of(2016, 2, 29))
                .addAggravation(new Aggravation(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 20)))
                .build();

        DeadlineSchedule byDefault = engine.computeAll(facts, null);
        assertThat(byDefault.find(DeadlineCode.AGGRAVATION_OFFER_5M)).isEmpty();
        Deadline limitation =
                byDefault.find(DeadlineCode.AGGRAVATION_LIMITATION).orElseThrow();
        // 29 Feb 2024 + 10 years = Tue 28 Feb 2034, a working day.
        assertThat(limitation.dueDate()).isEqualTo("2034-02-28");
        assertThat(limitation.interpretations())
                .containsExactly(new AppliedInterpretation(InterpretationPoint.OFFER_DEADLINES_FOR_AGGRAVATION, false));
        // The initial limitation: 29 Feb 2016 + 10 years = Sat 28 Feb 2026, not moved (C. civ. 2229 is outside
        // R211-36; it was Mon 2 Mar 2026 before the legal review), with the prudent reading named.
        Deadline initial = byDefault.find(DeadlineCode.LIMITATION).orElseThrow();
        assertThat(initial.dueDate()).isEqualTo("2026-02-28");
        assertThat(initial.notes()).contains(DeadlineNote.ACT_BEFORE_NOMINAL_DATE);
        assertThat(initial.interpretations())
                .containsExactly(new AppliedInterpretation(InterpretationPoint.LIMITATION_ON_NON_WORKING_DAY, false));

        DeadlineSchedule switched = new DeadlineEngine(
                        Interpretation.DOMAIN_DEFAULT.withOfferDeadlinesApplyToAggravation(true))
                .computeAll(facts, null);
        Deadline offer = switched.find(DeadlineCode.AGGRAVATION_OFFER_5M).orElseThrow();
        // 20 Mar 2024 + 5 months = Tue 20 Aug 2024.
        assertThat(offer.dueDate()).isEqualTo("2024-08-20");
        assertThat(offer.interpretations())
                .containsExactly(new AppliedInterpretation(InterpretationPoint.OFFER_DEADLINES_FOR_AGGRAVATION, true));
    }

    @Test
    void examNoticeAndReport() {
        // Exam Fri 20 Jun 2025. 15 clear days: notice by Wed 4 Jun; report by Thu 10 Jul (20 days).
        DeadlineSchedule s = engine.computeAll(
                ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .examinationDate(LocalDate.of(2025, 6, 20))
                        .examNoticeReceivedDate(LocalDate.of(2025, 6, 5))
                        .build(),
                null);
        Deadline notice = s.find(DeadlineCode.EXAM_NOTICE).orElseThrow();
        assertThat(notice.dueDate()).isEqualTo("2025-06-04");
        assertThat(notice.notes()).contains(DeadlineNote.LATEST_RECEIPT_DATE);
        assertThat(notice.interpretationApplied()).isTrue();
        assertThat(s.find(DeadlineCode.EXPERT_REPORT).orElseThrow().dueDate()).isEqualTo("2025-07-10");
        assertThat(s.examNoticeCheck().timely()).isFalse();
        assertThat(s.examNoticeCheck().clearDays()).isEqualTo(14);

        DeadlineEngine lenient = new DeadlineEngine(Interpretation.DOMAIN_DEFAULT.withExamNoticeInClearDays(false));
        ExamNoticeCheck check = lenient.checkExamNotice(LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 5));
        assertThat(check.latestReceiptDate()).isEqualTo("2025-06-05");
        assertThat(check.timely()).isTrue();
        assertThat(check.interpretation().alternativeReading()).isTrue();
        // 14 clear days late (above), 15 and 16 in time
        assertThat(engine.checkExamNotice(LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 4))
                        .timely())
                .isTrue();
        assertThat(engine.checkExamNotice(LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 4))
                        .clearDays())
                .isEqualTo(15);
        assertThat(engine.checkExamNotice(LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 3))
                        .timely())
                .isTrue();
        assertThat(engine.checkExamNotice(LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 3))
                        .clearDays())
                .isEqualTo(16);
    }

    @Test
    void scheduleIsInDateOrder() {
        DeadlineSchedule s = engine.computeAll(
                ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .insurerNoticeDate(LocalDate.of(2025, 1, 20))
                        .questionnaire(Questionnaire.presentedOn(LocalDate.of(2025, 2, 3)))
                        .consolidationDate(LocalDate.of(2025, 5, 20))
                        .consolidationKnownDate(LocalDate.of(2025, 6, 2))
                        .settlementDate(LocalDate.of(2025, 12, 1))
                        .build(),
                LocalDate.of(2025, 2, 10));
        assertThat(s.deadlines())
                .extracting(Deadline::code)
                .containsExactly(
                        DeadlineCode.INSURER_NOTICE,
                        DeadlineCode.QUESTIONNAIRE_ANSWER,
                        DeadlineCode.OFFER_8M,
                        DeadlineCode.OFFER_DEFINITIVE_5M,
                        DeadlineCode.WITHDRAWAL,
                        DeadlineCode.PAYMENT,
                        DeadlineCode.LIMITATION);
    }
}
