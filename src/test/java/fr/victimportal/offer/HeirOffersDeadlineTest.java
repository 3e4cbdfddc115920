package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.SettlementFacts.OfferDates;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a death the offer is due to the heirs (L211-9 al. 2): with no offer to the victim, the legal clock counts the
 * offer as made only once every active heir has received theirs, on the day the last one did; definitive only when
 * every heir's is. Today 20 Dec 2026; the victim died on 10 Dec 2026; Léa is an adult heir, Noé a minor one.
 */
class HeirOffersDeadlineTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private RelativeOfferFamily families;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private OfferService offers;

    @Autowired
    private ClaimDeadlines deadlines;

    @BeforeEach
    void today() {
        today(2026, 12, 20, 10);
    }

    private void recordTo(RelativeOfferFamily.Heirs h, long claimantId, LocalDate received, OfferKind kind) {
        OfferInput letter = RelativeOfferFamily.letter(received, List.of(HeadLine.of(DintilhacHead.PAF, "20000.00")));
        OfferInput asKind = new OfferInput(
                letter.receivedOn(),
                kind,
                letter.insurerName(),
                letter.insurerAddress(),
                letter.insurerReference(),
                letter.withdrawalRightConspicuous(),
                letter.payerStatementsAttached(),
                letter.propertyDamage(),
                letter.judicialAuthorisationStated(),
                letter.victimUnderProtection(),
                letter.heads());
        fixtures.as(h.agent(), () -> offers.record(h.reference(), claimantId, asKind));
    }

    @Test
    void theOfferCountsAsMadeOnceTheLastHeirHasReceivedTheirs() {
        var h = families.heirs(SMTP);
        assertThat(deadlines.offerDates(h.reference())).isEqualTo(OfferDates.NONE);

        recordTo(h, h.leaId(), LocalDate.of(2026, 12, 15), OfferKind.DEFINITIVE);
        // one heir still waits: the deadline keeps running for the family
        assertThat(deadlines.offerDates(h.reference())).isEqualTo(OfferDates.NONE);

        recordTo(h, h.noeId(), LocalDate.of(2026, 12, 18), OfferKind.PROVISIONAL);
        assertThat(deadlines.offerDates(h.reference())).isEqualTo(new OfferDates(LocalDate.of(2026, 12, 18), null));

        recordTo(h, h.noeId(), LocalDate.of(2026, 12, 19), OfferKind.DEFINITIVE);
        assertThat(deadlines.offerDates(h.reference()))
                .isEqualTo(new OfferDates(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 19)));
    }
}
