package fr.victimportal.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Suspensions and extensions of the 8-month and 5-month offer deadlines. Base case: accident Wed 15 Jan 2025, so the
 * unadjusted 8-month deadline is Mon 15 Sep 2025. All dates hand-checked with python3 datetime.
 */
class OfferSuspensionTest {

    private static final LocalDate ACCIDENT = LocalDate.of(2025, 1, 15);
    /** Questionnaire presented Mon 3 Feb 2025: 6 weeks end Mon 17 Mar 2025 (working day). */
    private static final LocalDate PRESENTED = LocalDate.of(2025, 2, 3);

    private static final LocalDate SIX_WEEKS = LocalDate.of(2025, 3, 17);

    private final DeadlineEngine engine = new DeadlineEngine();

    private Deadline eightMonths(ClaimFacts facts, LocalDate today) {
        return engine.computeAll(facts, today).find(DeadlineCode.OFFER_8M).orElseThrow();
    }

    private static ClaimFacts.Builder accident() {
        return ClaimFacts.builder().accidentDate(ACCIDENT);
    }

    private static ClaimFacts withQuestionnaire(LocalDate answer, LocalDate complete, LocalDate reask) {
        return accident()
                .questionnaire(new Questionnaire(PRESENTED, answer, complete, reask))
                .build();
    }

    @Test
    void noAdjustment() {
        Deadline d = eightMonths(accident().build(), null);
        assertThat(d.dueDate()).isEqualTo("2025-09-15");
        assertThat(d.adjustments()).isEmpty();
        assertThat(d.interpretationApplied()).isFalse();
    }

    @Test
    void r211_29_lateNoticeSuspendsFromTheEndOfTheMonth() {
        // 15 Jan + 1 month = Sat 15 Feb -> Mon 17 Feb (CPC 642). Notice received 5 Mar: 16 days suspended.
        // 15 Sep + 16 days = Wed 1 Oct 2025.
        Deadline d = eightMonths(
                accident().insurerNoticeDate(LocalDate.of(2025, 3, 5)).build(), null);

        assertThat(d.dueDate()).isEqualTo("2025-10-01");
        assertThat(d.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo(AdjustmentRule.LATE_NOTICE_TO_INSURER);
            assertThat(a.start()).isEqualTo("2025-02-17");
            assertThat(a.end()).isEqualTo("2025-03-05");
            assertThat(a.daysAdded()).isEqualTo(16);
            assertThat(a.legalBasis()).isEqualTo("C. assur. art. R211-29");
        });
        // R211-29 names "the first paragraph of L211-9": applying it to 8 months is the docs/legal-notes.md reading.
        assertThat(d.interpretations())
                .containsExactly(
                        new AppliedInterpretation(InterpretationPoint.R211_SUSPENSIONS_ON_THREE_MONTH_OFFER, false));
    }

    @Test
    void r211_29_noticeOnTheRolledLastDayIsInTime() {
        Deadline d = eightMonths(
                accident().insurerNoticeDate(LocalDate.of(2025, 2, 17)).build(), null);
        assertThat(d.adjustments()).isEmpty();
        assertThat(d.dueDate()).isEqualTo("2025-09-15");
    }

    @Nested
    class R211_31_and_R211_33 {

        @Test
        void completeAnswerWithinSixWeeksSuspendsNothing() {
            Deadline d =
                    eightMonths(withQuestionnaire(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10), null), null);
            assertThat(d.dueDate()).isEqualTo("2025-09-15");
            assertThat(d.adjustments()).isEmpty();
        }

        @Test
        void lateCompleteAnswerSuspendsUntilItArrives() {
            // [Mon 17 Mar, Mon 7 Apr] = 21 days; 15 Sep + 21 = Mon 6 Oct 2025.
            Deadline d = eightMonths(withQuestionnaire(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 7), null), null);
            assertThat(d.dueDate()).isEqualTo("2025-10-06");
            assertThat(d.adjustments()).singleElement().satisfies(a -> {
                assertThat(a.rule()).isEqualTo(AdjustmentRule.QUESTIONNAIRE_NOT_ANSWERED);
                assertThat(a.start()).isEqualTo(SIX_WEEKS);
                assertThat(a.end()).isEqualTo("2025-04-07");
                assertThat(a.daysAdded()).isEqualTo(21);
            });
        }

        @Test
        void noAnswerYetCountsUntilTodayAndIsFlaggedOngoing() {
            // Today Wed 16 Apr: 30 days since 17 Mar; 15 Sep + 30 = Wed 15 Oct 2025, and still moving.
            Deadline d = eightMonths(withQuestionnaire(null, null, null), LocalDate.of(2025, 4, 16));
            assertThat(d.dueDate()).isEqualTo("2025-10-15");
            assertThat(d.provisional()).isTrue();
            assertThat(d.notes()).contains(DeadlineNote.SUSPENSION_ONGOING);
            assertThat(d.adjustments().get(0).ongoing()).isTrue();
            assertThat(d.adjustments().get(0).end()).isNull();
        }

        @Test
        void noAnswerButSixWeeksNotOverYetSuspendsNothing() {
            Deadline d = eightMonths(withQuestionnaire(null, null, null), LocalDate.of(2025, 3, 17));
            assertThat(d.adjustments()).isEmpty();
            assertThat(d.dueDate()).isEqualTo("2025-09-15");
        }

        @Test
        void branchA_lateIncompleteAnswerWithoutReaskStopsFifteenDaysAfterIt() {
            // Incomplete answer Mon 7 Apr (after the 6 weeks), no re-ask: the suspension ends 15 days after its
            // receipt, Tue 22 Apr (Easter Monday 21 Apr is before it), although the rest only came on 20 May.
            // [17 Mar, 22 Apr] = 36 days; 15 Sep + 36 = Tue 21 Oct 2025.
            Deadline d = eightMonths(
                    withQuestionnaire(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 5, 20), null),
                    LocalDate.of(2025, 6, 1));
            assertThat(d.adjustments()).singleElement().satisfies(a -> {
                assertThat(a.end()).isEqualTo("2025-04-22");
                assertThat(a.daysAdded()).isEqualTo(36);
            });
            assertThat(d.dueDate()).isEqualTo("2025-10-21");
        }

        @Test
        void lateIncompleteAnswerWithTimelyReaskSuspendsUntilComplete() {
            // Re-ask Tue 15 Apr (<= 22 Apr): suspended [17 Mar, 20 May] = 64 days; 15 Sep + 64 = Tue 18 Nov 2025.
            Deadline d = eightMonths(
                    withQuestionnaire(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 5, 20), LocalDate.of(2025, 4, 15)),
                    null);
            assertThat(d.dueDate()).isEqualTo("2025-11-18");
            assertThat(d.adjustments().get(0).daysAdded()).isEqualTo(64);
        }

        @Test
        void branchB_incompleteAnswerWithinSixWeeksWithoutReaskMeansNoSuspension() {
            // Incomplete answer Mon 3 Mar (within 6 weeks); re-ask window ends Tue 18 Mar; none came.
            Deadline d = eightMonths(
                    withQuestionnaire(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 5, 20), null),
                    LocalDate.of(2025, 6, 1));
            assertThat(d.adjustments()).isEmpty();
            assertThat(d.dueDate()).isEqualTo("2025-09-15");
            assertThat(d.notes()).contains(DeadlineNote.NO_SUSPENSION_LATE_REASK);
        }

        @Test
        void branchB_lateReaskIsNoReask() {
            Deadline d = eightMonths(
                    withQuestionnaire(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 5, 20), LocalDate.of(2025, 3, 25)),
                    null);
            assertThat(d.adjustments()).isEmpty();
            assertThat(d.notes()).contains(DeadlineNote.NO_SUSPENSION_LATE_REASK);
        }

        @Test
        void incompleteAnswerWithinSixWeeksWithTimelyReaskSuspendsFromTheSixWeeks() {
            // Re-ask Mon 10 Mar (<= 18 Mar); complete 20 May: [17 Mar, 20 May] = 64 days -> Tue 18 Nov 2025.
            Deadline d = eightMonths(
                    withQuestionnaire(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 5, 20), LocalDate.of(2025, 3, 10)),
                    null);
            assertThat(d.dueDate()).isEqualTo("2025-11-18");
        }

        @Test
        void reaskStillPossibleIsFlagged() {
            Deadline d =
                    eightMonths(withQuestionnaire(LocalDate.of(2025, 3, 3), null, null), LocalDate.of(2025, 3, 10));
            assertThat(d.notes()).contains(DeadlineNote.REASK_STILL_POSSIBLE);
        }

        @Test
        void theReaskDeadlineItselfIsListed() {
            DeadlineSchedule s = engine.computeAll(
                    withQuestionnaire(LocalDate.of(2025, 3, 3), null, null), LocalDate.of(2025, 3, 10));
            Deadline reask = s.find(DeadlineCode.QUESTIONNAIRE_REASK).orElseThrow();
            assertThat(reask.triggerEvent()).isEqualTo(EventType.INCOMPLETE_ANSWER_RECEIVED);
            assertThat(reask.dueDate()).isEqualTo("2025-03-18");
            assertThat(reask.actor()).isEqualTo(Actor.INSURER);
        }
    }

    @Test
    void r211_34_courtExpertAddsOneMonth() {
        Deadline d = eightMonths(accident().courtExpertOnInsurerRequest(true).build(), null);
        assertThat(d.dueDate()).isEqualTo("2025-10-15"); // 15 Jan + 9 months, Wed
        assertThat(d.adjustments())
                .extracting(Adjustment::rule)
                .containsExactly(AdjustmentRule.COURT_EXPERT_ON_INSURER_REQUEST);
    }

    @Test
    void r211_35_victimAbroadExtendsBothTheAnswerAndTheOffer() {
        DeadlineSchedule s = engine.computeAll(
                accident()
                        .victimOverseasOrAbroad(true)
                        .questionnaire(Questionnaire.presentedOn(PRESENTED))
                        .build(),
                null);
        // 3 Feb + 1 month = 3 Mar, + 42 days = Mon 14 Apr 2025.
        assertThat(s.find(DeadlineCode.QUESTIONNAIRE_ANSWER).orElseThrow().dueDate())
                .isEqualTo("2025-04-14");
        assertThat(s.find(DeadlineCode.OFFER_8M).orElseThrow().dueDate()).isEqualTo("2025-10-15");
    }

    @Test
    void r211_35_victimAndThirdPartyPayerAbroadAddOneMonthEach() {
        // 15 Jan + 10 months = Sat 15 Nov 2025 -> Mon 17 Nov.
        Deadline d = eightMonths(
                accident()
                        .victimOverseasOrAbroad(true)
                        .thirdPartyPayerOverseasOrAbroad(true)
                        .build(),
                null);
        assertThat(d.nominalDate()).isEqualTo("2025-11-15");
        assertThat(d.dueDate()).isEqualTo("2025-11-17");
        assertThat(d.shiftReason()).isEqualTo(ShiftReason.SATURDAY);
    }

    @Test
    void r211_30_deathMoreThanAMonthAfterExtendsByTheTimeElapsedMinusOneMonth() {
        // Death 20 Mar 2025: from 15 Feb to 20 Mar = 33 days; 15 Sep + 33 = Sat 18 Oct -> Mon 20 Oct 2025.
        Deadline d = eightMonths(accident().deathDate(LocalDate.of(2025, 3, 20)).build(), null);
        assertThat(d.nominalDate()).isEqualTo("2025-10-18");
        assertThat(d.dueDate()).isEqualTo("2025-10-20");
        assertThat(d.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo(AdjustmentRule.DEATH_OF_VICTIM);
            assertThat(a.start()).isEqualTo("2025-02-15");
            assertThat(a.end()).isEqualTo("2025-03-20");
            assertThat(a.daysAdded()).isEqualTo(33);
        });
        assertThat(d.notes()).contains(DeadlineNote.OFFER_TO_HEIRS);
    }

    @Test
    void r211_30_deathWithinTheMonthChangesNothing() {
        assertThat(eightMonths(accident().deathDate(LocalDate.of(2025, 2, 15)).build(), null)
                        .dueDate())
                .isEqualTo("2025-09-15");
    }

    @Test
    void r211_32_postConsolidationQuestionnaireSuspendsTheFiveMonthDeadline() {
        // Accident 10 Jan 2024; insurer told of consolidation Mon 6 Jan 2025 (late): 5 months = Fri 6 Jun 2025.
        // Letter presented Mon 13 Jan 2025: 6 weeks end Mon 24 Feb; answer 10 Mar: 14 days -> Fri 20 Jun 2025.
        ClaimFacts facts = ClaimFacts.builder()
                .accidentDate(LocalDate.of(2024, 1, 10))
                .consolidationDate(LocalDate.of(2024, 12, 1))
                .consolidationKnownDate(LocalDate.of(2025, 1, 6))
                .postConsolidationQuestionnaire(new Questionnaire(
                        LocalDate.of(2025, 1, 13), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10), null))
                .build();
        DeadlineSchedule s = engine.computeAll(facts, null);
        Deadline fiveMonths = s.find(DeadlineCode.OFFER_DEFINITIVE_5M).orElseThrow();
        assertThat(fiveMonths.dueDate()).isEqualTo("2025-06-20");
        assertThat(fiveMonths.adjustments())
                .extracting(Adjustment::rule)
                .containsExactly(AdjustmentRule.POST_CONSOLIDATION_QUESTIONNAIRE_NOT_ANSWERED);
        // R211-32 does not touch the 8-month deadline (Tue 10 Sep 2024).
        assertThat(s.find(DeadlineCode.OFFER_8M).orElseThrow().dueDate()).isEqualTo("2024-09-10");
    }

    @Test
    void overlappingSuspensionsAreCountedOnce() {
        // Notice 5 Mar suspends [17 Feb, 5 Mar]; a late answer on 7 Apr suspends [17 Mar, 7 Apr]: no overlap,
        // 16 + 21 = 37 days -> 15 Sep + 37 = Wed 22 Oct. Then a notice on 25 Mar overlaps: [17 Feb, 25 Mar] = 36
        // days, the questionnaire adds only [25 Mar, 7 Apr] = 13 days: 49 days -> Mon 3 Nov 2025.
        Questionnaire late = new Questionnaire(PRESENTED, LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 7), null);
        assertThat(eightMonths(
                                accident()
                                        .insurerNoticeDate(LocalDate.of(2025, 3, 5))
                                        .questionnaire(late)
                                        .build(),
                                null)
                        .dueDate())
                .isEqualTo("2025-10-22");
        Deadline overlapping = eightMonths(
                accident()
                        .insurerNoticeDate(LocalDate.of(2025, 3, 25))
                        .questionnaire(late)
                        .build(),
                null);
        assertThat(overlapping.adjustments()).extracting(Adjustment::daysAdded).containsExactly(36L, 13L);
        assertThat(overlapping.dueDate()).isEqualTo("2025-11-03");
    }
}
