package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.demo.DemoFatalStory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's fatal accident (the suite runs with the demo profile): the South agent's offer to each heir, each read by
 * that heir only; with both heirs served, the legal clock counts the heirs' offer as made (L211-9 al. 2).
 */
class DemoHeirOffersTest extends IntegrationTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private OfferService offers;

    @Autowired
    private ClaimDeadlines deadlines;

    @Test
    void eachHeirOfTheDemoFatalClaimReadsTheirOwnOffer() {
        String ref = DemoFatalStory.CLAIM;
        OfferFile claire =
                fixtures.as(DemoFatalStory.SPOUSE, () -> offers.latest(ref)).orElseThrow();
        assertThat(claire.recipient().name()).isEqualTo("Claire Moreau");
        assertThat(claire.totals().net()).isEqualByComparingTo("87260.00");
        assertThat(claire.mayDecide()).isTrue();

        OfferFile hugo = fixtures.as(DemoFatalStory.MINOR_REPRESENTATIVE, () -> offers.latest(ref))
                .orElseThrow();
        assertThat(hugo.recipient().name()).isEqualTo("Hugo Moreau");
        assertThat(hugo.recipient().minor()).isTrue();
        assertThat(hugo.totals().net()).isEqualByComparingTo("25000.00");

        assertThat(deadlines.offerDates(ref).firstOfferOn())
                .isEqualTo(claire.offer().receivedOn());
    }
}
