package fr.victimportal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.claim.internal.LiabilityExplainer;
import fr.victimportal.claim.model.DriverResponsibility;
import fr.victimportal.claim.model.SituationDetails;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.claim.model.YesNoUnknown;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiabilityExplainerTest {

    private static final LocalDate ACCIDENT = LocalDate.of(2026, 10, 5);

    private static List<String> keys(VictimRole role, SituationDetails s) {
        return LiabilityExplainer.explain(ClaimFixtures.accident(ACCIDENT, role), s).stream()
                .map(LiabilityExplainer.Explanation::key)
                .toList();
    }

    private static SituationDetails born(LocalDate birth) {
        return new SituationDetails(birth, false, null, null, null, null, false);
    }

    private static SituationDetails driver(DriverResponsibility r, YesNoUnknown g, BigDecimal cap, Integer threshold) {
        return new SituationDetails(LocalDate.of(1980, 1, 1), false, r, g, cap, threshold, false);
    }

    @Test
    void aNonDriverIsCompensatedInFullSaveInexcusableFault() {
        assertThat(keys(VictimRole.PEDESTRIAN, born(LocalDate.of(1980, 1, 1))))
                .containsExactly("claim.explain.nonDriver", "claim.explain.nonDriverFault", "claim.explain.fgao");
    }

    @Test
    void underSixteenOverSeventyOrEightyPercentDisabledAreCompensatedInEveryCase() {
        // 15 the day before their 16th birthday; 16 on it.
        assertThat(keys(VictimRole.CYCLIST, born(ACCIDENT.minusYears(16).plusDays(1))))
                .contains("claim.explain.protected.under16");
        assertThat(keys(VictimRole.CYCLIST, born(ACCIDENT.minusYears(16)))).contains("claim.explain.nonDriverFault");
        assertThat(keys(VictimRole.PASSENGER, born(ACCIDENT.minusYears(70))))
                .contains("claim.explain.protected.over70");
        assertThat(keys(VictimRole.PASSENGER, born(ACCIDENT.minusYears(70).plusDays(1))))
                .contains("claim.explain.nonDriverFault");
        assertThat(keys(
                        VictimRole.PEDESTRIAN,
                        new SituationDetails(LocalDate.of(1980, 1, 1), true, null, null, null, null, false)))
                .contains("claim.explain.protected.disability80");
    }

    @Test
    void aNonResponsibleDriverIsCompensatedByTheOtherInsurer() {
        var explanations = LiabilityExplainer.explain(
                ClaimFixtures.accident(ACCIDENT, VictimRole.DRIVER),
                driver(DriverResponsibility.NOT_RESPONSIBLE, YesNoUnknown.NO, null, null));
        assertThat(explanations.get(0).key()).isEqualTo("claim.explain.driver.NOT_RESPONSIBLE");
        assertThat(explanations.get(0).basis()).contains("art. 4").contains("L211-9");
        assertThat(explanations)
                .extracting(LiabilityExplainer.Explanation::key)
                .doesNotContain("claim.explain.contractsDiffer");
    }

    @Test
    void aResponsibleDriverWithThirdPartyCoverOnlyGetsNothingForTheirOwnInjuries() {
        assertThat(keys(VictimRole.DRIVER, driver(DriverResponsibility.RESPONSIBLE, YesNoUnknown.NO, null, null)))
                .containsExactly(
                        "claim.explain.driver.RESPONSIBLE",
                        "claim.explain.guarantee.NO",
                        "claim.explain.contractsDiffer",
                        "claim.explain.fgao");
    }

    @Test
    void aResponsibleDriverWithAGuaranteeIsToldItsCapAndThreshold() {
        var explanations = LiabilityExplainer.explain(
                ClaimFixtures.accident(ACCIDENT, VictimRole.DRIVER),
                driver(DriverResponsibility.RESPONSIBLE, YesNoUnknown.YES, new BigDecimal("300000.00"), 10));
        assertThat(explanations.get(1).key()).isEqualTo("claim.explain.guarantee.YES.capAndThreshold");
        assertThat(explanations.get(1).arguments()).containsExactly(new BigDecimal("300000.00"), 10);
    }

    @Test
    void aPartlyResponsibleDriverIsWarnedOfTheReductionForFault() {
        assertThat(keys(VictimRole.DRIVER, driver(DriverResponsibility.PARTLY, YesNoUnknown.UNKNOWN, null, null)))
                .startsWith("claim.explain.driver.PARTLY", "claim.explain.guarantee.UNKNOWN");
    }
}
