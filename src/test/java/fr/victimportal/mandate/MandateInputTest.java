package fr.victimportal.mandate;

import static fr.victimportal.Records.with;
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
        // each row is the valid input with one field made wrong
        for (Bad bad : List.of(
                new Bad(with(in, "email", "pas-une-adresse"), "mandate.error.email"),
                new Bad(with(in, "associationNumber", "12345"), "mandate.error.number"),
                new Bad(with(in, "standing", null), "mandate.error.standing"),
                new Bad(with(in, "scope", EnumSet.noneOf(HelperScope.class)), "mandate.error.scope"),
                new Bad(with(in, "validUntil", LocalDate.now(clock)), "mandate.error.untilPast"),
                new Bad(with(in, "validUntil", LocalDate.now(clock).plusYears(4)), "mandate.error.untilFar"),
                new Bad(with(in, "consent", false), "mandate.error.signature"),
                new Bad(with(in, "email", v.email()), "mandate.error.notAHelper"))) {
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
