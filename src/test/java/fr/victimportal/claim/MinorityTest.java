package fr.victimportal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.claim.model.Minority;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** C. civ. 2235 beside C. civ. 2226: when the ten years likely start later for a victim minor at consolidation. */
class MinorityTest {

    @Test
    void theTenYearsLikelyRunFromTheEighteenthBirthdayOnlyWhenConsolidationCameBeforeIt() {
        LocalDate birth = LocalDate.of(2012, 3, 10);
        assertThat(Minority.limitationSuspended(birth, LocalDate.of(2030, 3, 9)))
                .contains(new Minority.Suspended(LocalDate.of(2030, 3, 10), LocalDate.of(2040, 3, 10)));
        // consolidated on the 18th birthday or later: the ordinary ten years from consolidation
        assertThat(Minority.limitationSuspended(birth, LocalDate.of(2030, 3, 10)))
                .isEmpty();
        assertThat(Minority.limitationSuspended(birth, LocalDate.of(2031, 1, 1)))
                .isEmpty();
        // a date unknown: nothing to say
        assertThat(Minority.limitationSuspended((LocalDate) null, LocalDate.of(2026, 6, 16)))
                .isEmpty();
        assertThat(Minority.limitationSuspended(birth, null)).isEmpty();
        // born 29 Feb: of age on 28 Feb in a common year
        assertThat(Minority.limitationSuspended(LocalDate.of(2012, 2, 29), LocalDate.of(2026, 6, 16)))
                .contains(new Minority.Suspended(LocalDate.of(2030, 2, 28), LocalDate.of(2040, 2, 28)));
    }
}
