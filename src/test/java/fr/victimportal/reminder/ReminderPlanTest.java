package fr.victimportal.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.claim.ClaimSchedule;
import fr.victimportal.deadline.ClaimFacts;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.Questionnaire;
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
        ClaimFacts facts = ClaimFacts.builder().accidentDate(LocalDate.of(2026, 10, 5))
                .insurerNoticeDate(LocalDate.of(2026, 10, 20))
                .questionnaire(Questionnaire.presentedOn(LocalDate.of(2026, 11, 10))).build();
        List<ReminderPlan.Entry> plan = plan(facts, false, LocalDate.of(2026, 11, 23));

        assertThat(entry(plan, ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS))
                .isEqualTo(new ReminderPlan.Entry(ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS,
                        LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 15), false));
        assertThat(entry(plan, ReminderKind.QUESTIONNAIRE_ANSWER_TOMORROW).sendOn()).isEqualTo(LocalDate.of(2026, 12, 21));
        // 5 Oct 2026 + 8 months = Sat 5 Jun 2027 → Mon 7 Jun 2027; the reminder goes the day after
        assertThat(entry(plan, ReminderKind.OFFER_8M_OVERDUE).sendOn()).isEqualTo(LocalDate.of(2027, 6, 8));
    }

    @Test
    void anAnsweredQuestionnaireCallsForNoQuestionnaireReminder() {
        ClaimFacts facts = ClaimFacts.builder().accidentDate(LocalDate.of(2026, 10, 5))
                .questionnaire(new Questionnaire(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 11, 20), null)).build();
        assertThat(plan(facts, true, LocalDate.of(2026, 11, 23))).extracting(ReminderPlan.Entry::kind)
                .doesNotContain(ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS, ReminderKind.QUESTIONNAIRE_ANSWER_TOMORROW);
    }

    @Test
    void aReminderWhoseLastUsefulDayHasPassedIsTooLate() {
        ClaimFacts facts = ClaimFacts.builder().accidentDate(LocalDate.of(2026, 10, 5))
                .questionnaire(Questionnaire.presentedOn(LocalDate.of(2026, 11, 10))).build();
        List<ReminderPlan.Entry> plan = plan(facts, false, LocalDate.of(2026, 12, 21));
        assertThat(entry(plan, ReminderKind.QUESTIONNAIRE_ANSWER_IN_7_DAYS).tooLate()).isTrue();
        assertThat(entry(plan, ReminderKind.QUESTIONNAIRE_ANSWER_TOMORROW).tooLate()).isFalse();
    }

    @Test
    void noOfferIsAnnouncedOverdueWhileASuspensionStillMovesItsDate() {
        // questionnaire presented 10 Nov 2026, never answered: from 22 Dec the 8-month deadline moves every day
        ClaimFacts facts = ClaimFacts.builder().accidentDate(LocalDate.of(2026, 10, 5))
                .insurerNoticeDate(LocalDate.of(2026, 10, 20))
                .questionnaire(Questionnaire.presentedOn(LocalDate.of(2026, 11, 10))).build();
        assertThat(plan(facts, false, LocalDate.of(2027, 2, 1))).extracting(ReminderPlan.Entry::kind)
                .doesNotContain(ReminderKind.OFFER_8M_OVERDUE);
    }

    @Test
    void theLimitationIsRemindedOneYearAndOneMonthBeforeItsEnd() {
        // consolidated 15 Jun 2026: ten years end Sun 15 Jun 2036 → Mon 16 Jun 2036
        ClaimFacts facts = ClaimFacts.builder().accidentDate(LocalDate.of(2025, 9, 1))
                .consolidationDate(LocalDate.of(2026, 6, 15)).build();
        assertThat(entry(plan(facts, false, LocalDate.of(2026, 11, 23)), ReminderKind.LIMITATION_IN_13_MONTHS))
                .isEqualTo(new ReminderPlan.Entry(ReminderKind.LIMITATION_IN_13_MONTHS, LocalDate.of(2036, 6, 16),
                        LocalDate.of(2035, 5, 16), false));
    }
}
