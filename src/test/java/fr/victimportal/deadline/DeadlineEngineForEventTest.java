package fr.victimportal.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The single-event calculator. Dates checked with python3 datetime. */
class DeadlineEngineForEventTest {

    private final DeadlineEngine engine = new DeadlineEngine();

    private static List<DeadlineCode> codes(List<Deadline> deadlines) {
        return deadlines.stream().map(Deadline::code).toList();
    }

    @Test
    void accident() {
        // Sun 31 Aug 2025: notice by Tue 30 Sep (31 Sep does not exist); offer by Thu 30 Apr 2026.
        List<Deadline> d = engine.forEvent(EventType.ACCIDENT, LocalDate.of(2025, 8, 31));
        assertThat(codes(d)).containsExactly(DeadlineCode.INSURER_NOTICE, DeadlineCode.OFFER_8M);
        assertThat(d.get(0).dueDate()).isEqualTo("2025-09-30");
        assertThat(d.get(1).dueDate()).isEqualTo("2026-04-30");
        assertThat(d.get(1).legalBasis()).isEqualTo("C. assur. art. L211-9 al. 2");
        assertThat(d.get(1).actor()).isEqualTo(Actor.INSURER);
    }

    @Test
    void compensationRequestUsesTheContextFlags() {
        ClaimFacts quantified = ClaimFacts.builder().damageFullyQuantified(true).build();
        assertThat(codes(engine.forEvent(EventType.COMPENSATION_REQUEST, LocalDate.of(2025, 3, 3), quantified, null)))
                .containsExactly(DeadlineCode.OFFER_3M);
        assertThat(codes(engine.forEvent(EventType.COMPENSATION_REQUEST, LocalDate.of(2025, 3, 3))))
                .containsExactly(DeadlineCode.REASONED_REPLY_3M);
    }

    @Test
    void consolidationKnownWithoutAccidentIsConditional() {
        // Mon 2 Jun 2025 + 5 months = Sun 2 Nov -> Mon 3 Nov 2025.
        List<Deadline> d = engine.forEvent(EventType.CONSOLIDATION_KNOWN, LocalDate.of(2025, 6, 2));
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(DeadlineCode.OFFER_DEFINITIVE_5M);
            assertThat(x.dueDate()).isEqualTo("2025-11-03");
            assertThat(x.shiftReason()).isEqualTo(ShiftReason.SUNDAY);
            assertThat(x.notes()).contains(DeadlineNote.CONDITIONAL_ON_LATE_CONSOLIDATION_NOTICE);
        });
    }

    @Test
    void questionnairePresented() {
        // Mon 10 Mar 2025 + 6 weeks = Easter Monday 21 Apr -> Tue 22 Apr 2025.
        List<Deadline> d = engine.forEvent(EventType.QUESTIONNAIRE_PRESENTED, LocalDate.of(2025, 3, 10));
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(DeadlineCode.QUESTIONNAIRE_ANSWER);
            assertThat(x.dueDate()).isEqualTo("2025-04-22");
            assertThat(x.shiftHoliday()).isEqualTo(Holiday.EASTER_MONDAY);
            assertThat(x.actor()).isEqualTo(Actor.VICTIM);
        });
    }

    @Test
    void examination() {
        List<Deadline> d = engine.forEvent(EventType.EXAMINATION, LocalDate.of(2025, 6, 20));
        assertThat(codes(d)).containsExactly(DeadlineCode.EXAM_NOTICE, DeadlineCode.EXPERT_REPORT);
        assertThat(d.get(1).actor()).isEqualTo(Actor.EXAMINING_DOCTOR);
    }

    @Test
    void consolidationAndAggravation() {
        // Thu 29 Feb 2024 + 10 years = Tue 28 Feb 2034.
        assertThat(engine.forEvent(EventType.CONSOLIDATION, LocalDate.of(2024, 2, 29)))
                .singleElement()
                .satisfies(x -> assertThat(x.dueDate()).isEqualTo("2034-02-28"));
        // Tue 29 Feb 2028 + 10 years = Sun 28 Feb 2038: a limitation is not moved by CPC 642 (docs/legal-notes.md), the
        // date to act stays Sunday 28 Feb 2038 (it was Mon 1 Mar 2038 before the legal review).
        assertThat(engine.forEvent(EventType.AGGRAVATION_CONSOLIDATION, LocalDate.of(2028, 2, 29)))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.code()).isEqualTo(DeadlineCode.AGGRAVATION_LIMITATION);
                    assertThat(x.nominalDate()).isEqualTo("2038-02-28");
                    assertThat(x.dueDate()).isEqualTo("2038-02-28");
                    assertThat(x.legalBasis()).contains("L211-19").contains("2226");
                });
    }

    @Test
    void alsaceMoselleContextChangesTheRoll() {
        // Settlement Wed 10 Dec 2025: withdrawal ends Thu 25 Dec; St Stephen 26 Dec too in Alsace-Moselle -> Mon 29.
        ClaimFacts alsace = ClaimFacts.builder().alsaceMoselle(true).build();
        Deadline withdrawal = engine.forEvent(EventType.SETTLEMENT, LocalDate.of(2025, 12, 10), alsace, null)
                .get(0);
        assertThat(withdrawal.dueDate()).isEqualTo("2025-12-29");
        assertThat(withdrawal.skippedDays())
                .extracting(NonWorkingDay::reason)
                .containsExactly(
                        ShiftReason.PUBLIC_HOLIDAY,
                        ShiftReason.PUBLIC_HOLIDAY,
                        ShiftReason.SATURDAY,
                        ShiftReason.SUNDAY);
        assertThat(withdrawal.skippedDays())
                .extracting(NonWorkingDay::holiday)
                .containsExactly(Holiday.CHRISTMAS_DAY, Holiday.SAINT_STEPHENS_DAY, null, null);
    }
}
