package fr.victimportal.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ClaimFactsValidationTest {

    private static final LocalDate ACCIDENT = LocalDate.of(2025, 1, 15);
    private final DeadlineEngine engine = new DeadlineEngine();

    private static void rejects(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DeadlineInputException.class, ex -> {
            assertThat(ex.field()).isEqualTo(field);
            assertThat(ex.messageKey()).isEqualTo(key);
            assertThat(ex).isInstanceOf(IllegalArgumentException.class);
        });
    }

    private void compute(ClaimFacts.Builder b) {
        engine.computeAll(b.build(), null);
    }

    @Test
    void deathBeforeTheAccident() {
        rejects(
                () -> compute(ClaimFacts.builder().accidentDate(ACCIDENT).deathDate(ACCIDENT.minusDays(1))),
                "deathDate",
                "deadline.error.notBefore");
    }

    @Test
    void consolidationKnownBeforeConsolidation() {
        rejects(
                () -> compute(ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .consolidationDate(LocalDate.of(2025, 6, 1))
                        .consolidationKnownDate(LocalDate.of(2025, 5, 1))),
                "consolidationKnownDate",
                "deadline.error.notBefore");
    }

    @Test
    void answerBeforeTheQuestion() {
        rejects(
                () -> compute(ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .questionnaire(
                                new Questionnaire(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 1), null, null))),
                "questionnaire.answerReceived",
                "deadline.error.notBefore");
        rejects(
                () -> compute(ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .questionnaire(new Questionnaire(null, LocalDate.of(2025, 2, 1), null, null))),
                "questionnaire.presented",
                "deadline.error.answerWithoutRequest");
        rejects(
                () -> compute(ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .questionnaire(
                                new Questionnaire(LocalDate.of(2025, 2, 3), null, null, LocalDate.of(2025, 2, 10)))),
                "questionnaire.reaskSent",
                "deadline.error.reaskWithoutAnswer");
    }

    @Test
    void examNoticeAfterTheExamAndExamAfterDeath() {
        rejects(
                () -> compute(ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .examinationDate(LocalDate.of(2025, 6, 20))
                        .examNoticeReceivedDate(LocalDate.of(2025, 6, 21))),
                "examNoticeReceivedDate",
                "deadline.error.notAfter");
        rejects(
                () -> compute(ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .examinationDate(LocalDate.of(2025, 6, 20))
                        .deathDate(LocalDate.of(2025, 6, 1))),
                "examinationDate",
                "deadline.error.notAfter");
    }

    @Test
    void aggravations() {
        rejects(
                () -> compute(ClaimFacts.builder()
                        .accidentDate(ACCIDENT)
                        .consolidationDate(LocalDate.of(2026, 1, 1))
                        .addAggravation(Aggravation.consolidatedOn(LocalDate.of(2025, 12, 1)))),
                "aggravations[0].consolidationDate",
                "deadline.error.notBefore");
        rejects(
                () -> compute(ClaimFacts.builder().accidentDate(ACCIDENT).addAggravation(new Aggravation(null, null))),
                "aggravations[0].consolidationDate",
                "deadline.error.required");
        rejects(() -> ClaimFacts.builder().addAggravation(null).build(), "aggravations[0]", "deadline.error.required");
    }

    @Test
    void datesOutOfRange() {
        rejects(
                () -> compute(ClaimFacts.builder().accidentDate(LocalDate.of(1850, 1, 1))),
                "accidentDate",
                "deadline.error.dateOutOfRange");
        rejects(
                () -> engine.computeAll(
                        ClaimFacts.builder().accidentDate(ACCIDENT).build(), LocalDate.of(2300, 1, 1)),
                "today",
                "deadline.error.dateOutOfRange");
    }

    @Test
    void forEventChecksItsParameters() {
        rejects(() -> engine.forEvent(null, ACCIDENT), "eventType", "deadline.error.required");
        rejects(() -> engine.forEvent(EventType.ACCIDENT, null), "eventDate", "deadline.error.required");
        rejects(
                () -> engine.forEvent(EventType.WITHDRAWAL_PERIOD_END, ACCIDENT),
                "eventType",
                "deadline.error.unsupportedEvent");
        // The event's date is checked against the context like any other fact.
        rejects(
                () -> engine.forEvent(
                        EventType.CONSOLIDATION,
                        ACCIDENT.minusDays(1),
                        ClaimFacts.builder().accidentDate(ACCIDENT).build(),
                        null),
                "consolidationDate",
                "deadline.error.notBefore");
    }

    @Test
    void messageNamesTheField() {
        assertThatThrownBy(() ->
                        compute(ClaimFacts.builder().accidentDate(ACCIDENT).deathDate(ACCIDENT.minusDays(1))))
                .hasMessageStartingWith("deathDate: deadline.error.notBefore");
    }
}
