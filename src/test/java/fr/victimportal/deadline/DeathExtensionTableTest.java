package fr.victimportal.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R211-30 (issue 24): when the victim dies more than one month after the accident, the 8-month offer deadline of L211-9
 * al. 2, now owed to the heirs, is extended by the time between that month's end and the death. Accident Wed 15 Jan
 * 2025: unextended deadline Mon 15 Sep 2025. Dates hand-checked with python3 datetime.
 */
class DeathExtensionTableTest {

    private static final LocalDate ACCIDENT = LocalDate.of(2025, 1, 15);

    private final DeadlineEngine engine = new DeadlineEngine();

    @ParameterizedTest(name = "death {0} ({3}): offer by {2}, {1} days added")
    @CsvSource({
        // death,     days added, offer due,  case
        "2025-01-25, 0,   2025-09-15, 10 days after the accident",
        "2025-02-15, 0,   2025-09-15, exactly one month after: not 'more than a month'",
        "2025-02-16, 1,   2025-09-16, one month and one day after",
        "2025-06-15, 120, 2026-01-13, five months after: 15 Feb to 15 Jun"
    })
    void theEightMonthOfferToTheHeirs(LocalDate death, long daysAdded, LocalDate due, String why) {
        Deadline offer = engine.computeAll(
                        ClaimFacts.builder()
                                .accidentDate(ACCIDENT)
                                .deathDate(death)
                                .build(),
                        null)
                .find(DeadlineCode.OFFER_8M)
                .orElseThrow();

        assertThat(offer.dueDate()).as(why).isEqualTo(due);
        assertThat(offer.notes()).as("the offer goes to the heirs").contains(DeadlineNote.OFFER_TO_HEIRS);
        if (daysAdded == 0) {
            assertThat(offer.adjustments()).isEmpty();
        } else {
            assertThat(offer.adjustments()).singleElement().satisfies(a -> {
                assertThat(a.rule()).isEqualTo(AdjustmentRule.DEATH_OF_VICTIM);
                assertThat(a.daysAdded()).isEqualTo(daysAdded);
                assertThat(a.legalBasis()).isEqualTo("C. assur. art. R211-30");
            });
        }
    }
}
