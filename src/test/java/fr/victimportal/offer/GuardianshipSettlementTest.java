package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.Representation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A settlement for a minor or an adult under tutelle needs the juge des tutelles' or conseil de
 * famille's authorisation; the withdrawal and payment periods start only once it is recorded. An adult under curatelle
 * acts with the curator's assistance: no authorisation, the periods run from the signing.
 */
class GuardianshipSettlementTest extends IntegrationTest {

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offers;

    @Autowired
    private ClaimService claimService;

    private OfferFixtures.Victim represented(Representation r) {
        var v = fixtures.victim("Camille Roux");
        claims.as(
                v.email(),
                () -> claimService.saveRepresentation(
                        v.reference(), claimService.open(v.reference()).version(), r));
        fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads()));
        return v;
    }

    @Test
    void forAMinorTheClocksStartWithTheJudgesAuthorisation() {
        today(2026, 11, 20, 10);
        var v = represented(new Representation(Representation.Person.MINOR, "Léo Roux", Representation.Role.PARENT));
        OfferFile f = fixtures.latest(v.email(), v.reference());
        OfferFile accepted = claims.as(
                v.email(), () -> offers.accept(v.reference(), f.id(), f.version(), LocalDate.of(2026, 11, 20)));
        assertThat(accepted.settlement().awaitingAuthorisation()).isTrue();
        assertThat(accepted.settlement().withdrawalEndsOn()).isNull();
        assertThat(accepted.settlement().paymentDueOn()).isNull();
        assertThat(accepted.settlement().withdrawable()).isFalse();
        assertThatThrownBy(() -> claims.as(
                        v.email(),
                        () -> offers.withdraw(
                                v.reference(), accepted.id(), accepted.version(), LocalDate.of(2026, 11, 20), null)))
                .hasMessageContaining("offer.error.awaitingAuthorisation");

        today(2026, 12, 4, 10);
        assertThatThrownBy(() -> claims.as(
                        v.email(), () -> offers.recordAuthorisation(v.reference(), f.id(), LocalDate.of(2026, 12, 5))))
                .hasMessageContaining("offer.error.authorisedOn");
        assertThat(fixtures.latest(v.email(), v.reference()).settlement().awaitingAuthorisation())
                .isTrue();
        // authorised Fri 4 Dec: 15 days -> Sat 19 Dec -> Mon 21 Dec; payment Thu 21 Jan 2027
        OfferFile authorised = claims.as(
                v.email(), () -> offers.recordAuthorisation(v.reference(), f.id(), LocalDate.of(2026, 12, 4)));
        assertThat(authorised.settlement().authorisedOn()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(authorised.settlement().withdrawalEndsOn()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(authorised.settlement().paymentDueOn()).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(authorised.settlement().withdrawable()).isTrue();
    }

    @Test
    void anAdultUnderCuratelleSettlesWithTheCuratorAndTheClocksRunFromTheSigning() {
        today(2026, 12, 4, 10);
        var v = represented(
                new Representation(Representation.Person.PROTECTED_ADULT, "Paul Roux", Representation.Role.CURATOR));
        assertThat(claims.as(v.email(), () -> claimService.open(v.reference()))
                        .representation()
                        .settlementNeedsJudge())
                .isFalse();
        OfferFile f = fixtures.latest(v.email(), v.reference());
        OfferFile accepted = claims.as(
                v.email(), () -> offers.accept(v.reference(), f.id(), f.version(), LocalDate.of(2026, 12, 4)));
        assertThat(accepted.settlement().awaitingAuthorisation()).isFalse();
        assertThat(accepted.settlement().withdrawalEndsOn()).isEqualTo(LocalDate.of(2026, 12, 21));
    }
}
