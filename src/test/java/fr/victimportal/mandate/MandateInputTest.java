package fr.victimportal.mandate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.KaribuTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.offer.OfferFixtures;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing a mandate through the service: only the victim who owns the claim signs, each bad input is refused with its
 * reason and writes nothing, and a double click signs once (the whole journey on the real pages: MandateTest).
 */
class MandateInputTest extends KaribuTest {

    @Autowired
    private OfferFixtures offers;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private Mandates mandates;

    @Autowired
    private MandateRows mandateRows;

    @Test
    void onlyTheOwnerSignsAndBadInputsChangeNothing() {
        var v = offers.victim("Paul Girard");
        String helper = offers.helperOf(v);
        var in = new Mandates.MandateInput(
                "Léa",
                "lea-" + System.nanoTime() + "@asso.example.org",
                "Asso",
                "W751234567",
                Standing.FAMILY,
                EnumSet.of(HelperScope.DOCUMENTS),
                LocalDate.now(clock).plusMonths(6),
                "Paul Girard",
                true);
        assertThatThrownBy(() -> claims.as(helper, () -> mandates.sign(v.reference(), in, Locale.FRENCH)))
                .as("a caseworker cannot sign a mandate for the victim")
                .isInstanceOf(ClaimNotFoundException.class);
        String stranger = claims.newUser(Role.VICTIM, "Autre Victime");
        assertThatThrownBy(() -> claims.as(stranger, () -> mandates.ofClaim(v.reference())))
                .as("another victim's claim id in the URL")
                .isInstanceOf(ClaimNotFoundException.class);
        record Bad(Mandates.MandateInput input, String key) {}
        for (Bad bad : List.of(
                new Bad(
                        new Mandates.MandateInput(
                                "Léa",
                                "pas-une-adresse",
                                "Asso",
                                "W751234567",
                                Standing.FAMILY,
                                in.scope(),
                                in.validUntil(),
                                "Paul Girard",
                                true),
                        "mandate.error.email"),
                new Bad(
                        new Mandates.MandateInput(
                                "Léa",
                                in.email(),
                                "Asso",
                                "12345",
                                Standing.FAMILY,
                                in.scope(),
                                in.validUntil(),
                                "Paul Girard",
                                true),
                        "mandate.error.number"),
                new Bad(
                        new Mandates.MandateInput(
                                "Léa",
                                in.email(),
                                "Asso",
                                "W751234567",
                                null,
                                in.scope(),
                                in.validUntil(),
                                "Paul Girard",
                                true),
                        "mandate.error.standing"),
                new Bad(
                        new Mandates.MandateInput(
                                "Léa",
                                in.email(),
                                "Asso",
                                "W751234567",
                                Standing.FAMILY,
                                EnumSet.noneOf(HelperScope.class),
                                in.validUntil(),
                                "Paul Girard",
                                true),
                        "mandate.error.scope"),
                new Bad(
                        new Mandates.MandateInput(
                                "Léa",
                                in.email(),
                                "Asso",
                                "W751234567",
                                Standing.FAMILY,
                                in.scope(),
                                LocalDate.now(clock),
                                "Paul Girard",
                                true),
                        "mandate.error.untilPast"),
                new Bad(
                        new Mandates.MandateInput(
                                "Léa",
                                in.email(),
                                "Asso",
                                "W751234567",
                                Standing.FAMILY,
                                in.scope(),
                                LocalDate.now(clock).plusYears(4),
                                "Paul Girard",
                                true),
                        "mandate.error.untilFar"),
                new Bad(
                        new Mandates.MandateInput(
                                "Léa",
                                in.email(),
                                "Asso",
                                "W751234567",
                                Standing.FAMILY,
                                in.scope(),
                                in.validUntil(),
                                "Paul Girard",
                                false),
                        "mandate.error.signature"),
                new Bad(
                        new Mandates.MandateInput(
                                "Léa",
                                v.email(),
                                "Asso",
                                "W751234567",
                                Standing.FAMILY,
                                in.scope(),
                                in.validUntil(),
                                "Paul Girard",
                                true),
                        "mandate.error.notAHelper"))) {
            assertThatThrownBy(
                            () -> claims.as(v.email(), () -> mandates.sign(v.reference(), bad.input(), Locale.FRENCH)))
                    .as(bad.key())
                    .isInstanceOf(UserInputException.class)
                    .hasFieldOrPropertyWithValue("messageKey", bad.key());
        }
        assertThat(mandateRows.countOf(v.reference())).isZero();
        claims.as(v.email(), () -> mandates.sign(v.reference(), in, Locale.FRENCH));
        assertThatThrownBy(() -> claims.as(v.email(), () -> mandates.sign(v.reference(), in, Locale.FRENCH)))
                .as("a double click signs once")
                .isInstanceOf(UserInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "mandate.error.already");
        assertThat(mandateRows.countOf(v.reference())).isEqualTo(1);
    }
}
