package fr.victimportal.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.claim.spi.ClaimSchedule;
import fr.victimportal.deadline.Aggravation;
import fr.victimportal.deadline.ClaimFacts;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.Questionnaire;
import fr.victimportal.deadline.Responsible;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which reminders a claim calls for on a given day: pure, on the real legal clock. Dates checked on a calendar. */
class ReminderPlanTest {

    private static final DeadlineEngine ENGINE = new DeadlineEngine();

    private static List<ReminderPlan.Entry> plan(ClaimFacts facts, boolean answered, LocalDate today) {
        return ReminderPlan.of(new ClaimSchedule("VP-TEST-PLAN", 1, answered, ENGINE.computeAll(facts, today)), today);
    }

    private static ReminderPlan.Entry entry(List<ReminderPlan.Entry> plan, ReminderKind kind) {
        return plan.stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aPresentedQuestionnaireGetsTwoRemindersBeforeItsSixWeeksEnd() {
        // presented Tue 10 Nov 2026: six weeks end Tue 22 Dec 2026
        ClaimFacts facts = ClaimFacts.builder()
                .accidentDate(LocalDate.of(2026, 10, 5))
                .insurerNoticeDate(LocalDate.of(2026, 10, 20))
                .questionnaire(Questionnaire.presentedOn(LocalDate.of(2026, 11, 10)))
                .build();
        List<ReminderPlan.Entry> plan = plan(facts, false, LocalDate.of(2026, 11, 23));

        assertThat(entry(plan, ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS))
                .isEqualTo(new ReminderPlan.Entry(
                        ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS,
                        LocalDate.of(2026, 12, 22),
                        LocalDate.of(2026, 12, 15),
                        false));
        assertThat(entry(plan, ReminderKind.QUESTIONNAIRE_ANSWER_TOMORROW).sendOn())
                .isEqualTo(LocalDate.of(2026, 12, 21));
        // 5 Oct 2026 + 8 months = Sat 5 Jun 2027 → Mon 7 Jun 2027; the reminder goes the day after
        assertThat(entry(plan, ReminderKind.OFFER_8M_OVERDUE).sendOn()).isEqualTo(LocalDate.of(2027, 6, 8));
    }

    @Test
    void anAnsweredQuestionnaireCallsForNoQuestionnaireReminder() {
        ClaimFacts facts = ClaimFacts.builder()
                .accidentDate(LocalDate.of(2026, 10, 5))
                .questionnaire(new Questionnaire(
                        LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), null))
                .build();
        assertThat(plan(facts, true, LocalDate.of(2026, 11, 23)))
                .extracting(ReminderPlan.Entry::kind)
                .doesNotContain(
                        ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS, ReminderKind.QUESTIONNAIRE_ANSWER_TOMORROW);
    }

    @Test
    void aReminderWhoseLastUsefulDayHasPassedIsTooLate() {
        ClaimFacts facts = ClaimFacts.builder()
                .accidentDate(LocalDate.of(2026, 10, 5))
                .questionnaire(Questionnaire.presentedOn(LocalDate.of(2026, 11, 10)))
                .build();
        List<ReminderPlan.Entry> plan = plan(facts, false, LocalDate.of(2026, 12, 21));
        assertThat(entry(plan, ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS).tooLate())
                .isTrue();
        assertThat(entry(plan, ReminderKind.QUESTIONNAIRE_ANSWER_TOMORROW).tooLate())
                .isFalse();
    }

    @Test
    void noOfferIsAnnouncedOverdueWhileASuspensionStillMovesItsDate() {
        // questionnaire presented 10 Nov 2026, never answered: from 22 Dec the 8-month deadline moves every day
        ClaimFacts facts = ClaimFacts.builder()
                .accidentDate(LocalDate.of(2026, 10, 5))
                .insurerNoticeDate(LocalDate.of(2026, 10, 20))
                .questionnaire(Questionnaire.presentedOn(LocalDate.of(2026, 11, 10)))
                .build();
        assertThat(plan(facts, false, LocalDate.of(2027, 2, 1)))
                .extracting(ReminderPlan.Entry::kind)
                .doesNotContain(ReminderKind.OFFER_8M_OVERDUE);
    }

    @Test
    void theLimitationIsRemindedOneYearAndOneMonthBeforeItsEnd() {
        // consolidated 15 Jun 2026: ten years end Sun 15 Jun 2036, not moved (C. civ. 2229 is outside R211-36; it was
        // Mon 16 Jun 2036 before the legal review)
        ClaimFacts facts = ClaimFacts.builder()
                .accidentDate(LocalDate.of(2025, 9, 1))
                .consolidationDate(LocalDate.of(2026, 6, 15))
                .build();
        assertThat(entry(plan(facts, false, LocalDate.of(2026, 11, 23)), ReminderKind.LIMITATION_IN_13_MONTHS))
                .isEqualTo(new ReminderPlan.Entry(
                        ReminderKind.LIMITATION_IN_13_MONTHS,
                        LocalDate.of(2036, 6, 15),
                        LocalDate.of(2035, 5, 15),
                        false));
    }

    @Test
    void eachAggravationsLimitationIsRemindedOnItsOwnDate() {
        // two aggravations consolidated Tue 29 Feb 2028 and Mon 3 Mar 2031: Sun 28 Feb 2038 and Fri 3 Mar 2041
        ClaimFacts facts = ClaimFacts.builder()
                .accidentDate(LocalDate.of(2025, 9, 1))
                .consolidationDate(LocalDate.of(2026, 6, 15))
                .addAggravation(Aggravation.consolidatedOn(LocalDate.of(2028, 2, 29)))
                .addAggravation(Aggravation.consolidatedOn(LocalDate.of(2031, 3, 3)))
                .build();
        assertThat(plan(facts, false, LocalDate.of(2031, 4, 1)))
                .filteredOn(e -> e.kind() == ReminderKind.AGGRAVATION_LIMITATION_IN_13_MONTHS)
                .containsExactly(
                        new ReminderPlan.Entry(
                                ReminderKind.AGGRAVATION_LIMITATION_IN_13_MONTHS,
                                LocalDate.of(2038, 2, 28),
                                LocalDate.of(2037, 1, 28),
                                false),
                        new ReminderPlan.Entry(
                                ReminderKind.AGGRAVATION_LIMITATION_IN_13_MONTHS,
                                LocalDate.of(2041, 3, 3),
                                LocalDate.of(2040, 2, 3),
                                false));
    }

    @Test
    void theGuaranteeFundsPeriodsAreReminded() {
        // responsible unknown, accident Sat 4 Mar 2023: request by Wed 4 Mar 2026, agreement or action by Sat 4 Mar
        // 2028
        ClaimFacts facts = ClaimFacts.builder()
                .accidentDate(LocalDate.of(2023, 3, 4))
                .responsible(Responsible.UNKNOWN)
                .build();
        List<ReminderPlan.Entry> plan = plan(facts, false, LocalDate.of(2025, 1, 10));
        assertThat(entry(plan, ReminderKind.FGAO_REQUEST_IN_3_MONTHS))
                .isEqualTo(new ReminderPlan.Entry(
                        ReminderKind.FGAO_REQUEST_IN_3_MONTHS,
                        LocalDate.of(2026, 3, 4),
                        LocalDate.of(2025, 12, 4),
                        false));
        assertThat(entry(plan, ReminderKind.FGAO_AGREEMENT_OR_ACTION_IN_6_MONTHS))
                .isEqualTo(new ReminderPlan.Entry(
                        ReminderKind.FGAO_AGREEMENT_OR_ACTION_IN_6_MONTHS,
                        LocalDate.of(2028, 3, 4),
                        LocalDate.of(2027, 9, 4),
                        false));
        assertThat(plan).extracting(ReminderPlan.Entry::kind).doesNotContain(ReminderKind.OFFER_8M_OVERDUE);
    }
}
