package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.offer.domain.SettlementRepository;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 24: an offer per claimant. The agent records an offer to each heir; each heir reads, accepts, refuses and
 * withdraws only their own; the victim's offer and the other heir's stay untouched; a minor heir's acceptance waits
 * for the judge (L211-15); each party's heads only. Today 20 Dec 2026; the victim died on 10 Dec 2026.
 */
class RelativeOffersTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    private static final LocalDate RECEIVED = LocalDate.of(2026, 12, 18);

    @Autowired
    private RelativeOfferFamily families;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private OfferService offers;

    @Autowired
    private SettlementRepository settlements;

    @BeforeEach
    void today() {
        today(2026, 12, 20, 10);
    }

    private <T> T as(String who, Supplier<T> action) {
        return fixtures.as(who, action);
    }

    private long recordTo(RelativeOfferFamily.Heirs h, Long claimantId, List<HeadLine> heads) {
        return as(
                h.agent(), () -> offers.record(h.reference(), claimantId, RelativeOfferFamily.letter(RECEIVED, heads)));
    }

    private static void refusedWith(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void theAgentRecordsToEachHeirAndEachReadsOnlyTheirOwn() {
        var h = families.heirs(SMTP);
        long victims = recordTo(h, null, OfferFixtures.typicalHeads());
        long leas = recordTo(h, h.leaId(), RelativeOfferFamily.heirHeads());
        long noes = recordTo(h, h.noeId(), List.of(HeadLine.of(DintilhacHead.PAF, "20000.00")));

        OfferFile lea = as(h.lea(), () -> offers.latest(h.reference())).orElseThrow();
        assertThat(lea.id()).isEqualTo(leas);
        assertThat(lea.recipient().name()).isEqualTo("Léa Martin");
        assertThat(lea.totals().net()).isEqualByComparingTo("29200.00");
        assertThat(lea.mayDecide()).isTrue();
        OfferFile noe =
                as(h.noeRepresentative(), () -> offers.latest(h.reference())).orElseThrow();
        assertThat(noe.id()).isEqualTo(noes);
        assertThat(noe.recipient().minor()).isTrue();

        // never another heir's offer, nor the victim's: "not found", whatever the id asked for
        assertThatThrownBy(() -> as(h.lea(), () -> offers.latest(h.reference(), h.noeId())))
                .isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> as(h.lea(), () -> offers.accept(h.reference(), noes, noe.version())))
                .isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> as(h.lea(), () -> offers.refuse(h.reference(), victims, 0)))
                .isInstanceOf(ClaimNotFoundException.class);

        // the agent sees each one by choosing, and decides none
        assertThat(as(h.agent(), () -> offers.latest(h.reference()))
                        .orElseThrow()
                        .id())
                .isEqualTo(victims);
        assertThat(as(h.agent(), () -> offers.latest(h.reference(), h.leaId()))
                        .orElseThrow()
                        .id())
                .isEqualTo(leas);
        refusedWith(
                () -> as(h.agent(), () -> offers.accept(h.reference(), leas, lea.version())), "offer.error.ownerOnly");
        assertThat(as(h.agent(), () -> offers.claimants(h.reference())))
                .extracting(OfferFile.Recipient::name)
                .containsExactly("Léa Martin", "Noé Martin");
    }

    @Test
    void theVictimDoesNotSeeARelativesOfferNorTheRelativeTheVictims() {
        var l = families.living(SMTP);
        long victims = as(
                l.cast().victim(),
                () -> offers.record(l.reference(), RelativeOfferFamily.letter(RECEIVED, OfferFixtures.typicalHeads())));
        long hugos = as(
                l.cast().agent(),
                () -> offers.record(
                        l.reference(),
                        l.relativeId(),
                        RelativeOfferFamily.letter(
                                RECEIVED,
                                List.of(
                                        HeadLine.of(DintilhacHead.PAI, "3000.00"),
                                        HeadLine.of(DintilhacHead.FDP, "450.00")))));

        assertThat(as(l.cast().victim(), () -> offers.latest(l.reference()))
                        .orElseThrow()
                        .id())
                .isEqualTo(victims);
        assertThatThrownBy(() -> as(l.cast().victim(), () -> offers.latest(l.reference(), l.relativeId())))
                .isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> as(l.cast().victim(), () -> offers.refuse(l.reference(), hugos, 0)))
                .isInstanceOf(ClaimNotFoundException.class);
        assertThat(as(l.relative(), () -> offers.latest(l.reference()))
                        .orElseThrow()
                        .id())
                .isEqualTo(hugos);
        // a relative records no letter: the insurer does
        refusedWith(
                () -> as(
                        l.relative(),
                        () -> offers.record(
                                l.reference(), RelativeOfferFamily.letter(RECEIVED, RelativeOfferFamily.heirHeads()))),
                "offer.error.claimant.agentRecords");
    }

    @Test
    void anHeirAcceptsAndTheVictimsAndTheOtherHeirsOffersAreUntouched() {
        var h = families.heirs(SMTP);
        long victims = recordTo(h, null, OfferFixtures.typicalHeads());
        long leas = recordTo(h, h.leaId(), RelativeOfferFamily.heirHeads());
        long noes = recordTo(h, h.noeId(), List.of(HeadLine.of(DintilhacHead.PAF, "20000.00")));
        OfferFile lea = as(h.lea(), () -> offers.latest(h.reference())).orElseThrow();

        OfferFile accepted = as(h.lea(), () -> offers.accept(h.reference(), leas, lea.version(), RECEIVED));

        assertThat(accepted.status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(accepted.settlement().withdrawalEndsOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(as(h.agent(), () -> offers.latest(h.reference()))
                        .orElseThrow()
                        .status())
                .isEqualTo(OfferStatus.RECORDED);
        assertThat(as(h.noeRepresentative(), () -> offers.latest(h.reference()))
                        .orElseThrow()
                        .status())
                .isEqualTo(OfferStatus.RECORDED);
        assertThat(settlements.findByOfferIdOrderByIdDesc(victims)).isEmpty();
        assertThat(settlements.findByOfferIdOrderByIdDesc(noes)).isEmpty();
        assertThat(settlements.findByOfferIdOrderByIdDesc(leas)).singleElement().satisfies(s -> {
            assertThat(s.getClaimantNo()).isEqualTo(h.leaId());
            assertThat(s.getCycleNo()).isZero();
        });
        // Léa's open settlement blocks a new letter to her only, not to the victim
        refusedWith(() -> recordTo(h, h.leaId(), RelativeOfferFamily.heirHeads()), "offer.error.settlementOpen");
        assertThat(as(h.agent(), () -> offers.recordingRefusal(h.reference()))).isEmpty();
        // and the other heir still decides on theirs
        OfferFile noe =
                as(h.noeRepresentative(), () -> offers.latest(h.reference())).orElseThrow();
        as(h.noeRepresentative(), () -> offers.refuse(h.reference(), noes, noe.version()));
        assertThat(as(h.lea(), () -> offers.latest(h.reference())).orElseThrow().status())
                .isEqualTo(OfferStatus.ACCEPTED);
    }

    @Test
    void theMinorHeirsAcceptanceNeedsTheJudgeAndStartsNoClockUntilItIsRecorded() {
        var h = families.heirs(SMTP);
        long noes = recordTo(h, h.noeId(), List.of(HeadLine.of(DintilhacHead.PAF, "20000.00")));
        OfferFile noe =
                as(h.noeRepresentative(), () -> offers.latest(h.reference())).orElseThrow();

        OfferFile accepted =
                as(h.noeRepresentative(), () -> offers.accept(h.reference(), noes, noe.version(), RECEIVED));

        assertThat(accepted.settlement().awaitingAuthorisation()).isTrue();
        assertThat(accepted.settlement().withdrawalEndsOn()).isNull();
        assertThat(accepted.settlement().paymentDueOn()).isNull();
        refusedWith(
                () -> as(h.noeRepresentative(), () -> offers.withdraw(h.reference(), noes, accepted.version())),
                "offer.error.awaitingAuthorisation");
        // the other heir cannot record the judge's authorisation of Noé's settlement
        assertThatThrownBy(() -> as(h.lea(), () -> offers.recordAuthorisation(h.reference(), noes, RECEIVED)))
                .isInstanceOf(ClaimNotFoundException.class);

        OfferFile authorised = as(
                h.noeRepresentative(),
                () -> offers.recordAuthorisation(h.reference(), noes, LocalDate.of(2026, 12, 19)));
        assertThat(authorised.settlement().authorisedOn()).isEqualTo(LocalDate.of(2026, 12, 19));
        assertThat(authorised.settlement().withdrawalEndsOn()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void anHeirWithdrawsWithinTheFifteenDaysAndOnlyTheirSettlementEnds() {
        var h = families.heirs(SMTP);
        long leas = recordTo(h, h.leaId(), RelativeOfferFamily.heirHeads());
        long victims = recordTo(h, null, OfferFixtures.typicalHeads());
        OfferFile lea = as(h.lea(), () -> offers.latest(h.reference())).orElseThrow();
        OfferFile accepted = as(h.lea(), () -> offers.accept(h.reference(), leas, lea.version(), RECEIVED));

        refusedWith(
                () -> as(h.agent(), () -> offers.withdraw(h.reference(), leas, accepted.version())),
                "offer.error.ownerOnly");
        OfferFile withdrawn = as(
                h.lea(),
                () -> offers.withdraw(h.reference(), leas, accepted.version(), LocalDate.of(2026, 12, 20), "Bordeaux"));

        assertThat(withdrawn.status()).isEqualTo(OfferStatus.WITHDRAWN);
        assertThat(withdrawn.settlement().withdrawnOn()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(as(h.agent(), () -> offers.latest(h.reference()))
                        .orElseThrow()
                        .id())
                .isEqualTo(victims);
        assertThat(as(h.agent(), () -> offers.latest(h.reference()))
                        .orElseThrow()
                        .status())
                .isEqualTo(OfferStatus.RECORDED);
    }

    @Test
    void eachOfferHoldsOnlyItsPartysHeadsAndNothingIsRecordedOnARefusal() {
        var h = families.heirs(SMTP);
        refusedWith(
                () -> recordTo(
                        h,
                        null,
                        List.of(HeadLine.of(DintilhacHead.DSA, "100.00"), HeadLine.of(DintilhacHead.PAF, "100.00"))),
                "offer.error.head.notVictims");
        refusedWith(() -> recordTo(h, h.leaId(), OfferFixtures.typicalHeads()), "offer.error.head.victimsOnly");
        refusedWith(() -> recordTo(h, 999_999L, RelativeOfferFamily.heirHeads()), "offer.error.claimant.notOfClaim");
        assertThat(as(h.agent(), () -> offers.latest(h.reference()))).isEmpty();
        assertThat(as(h.agent(), () -> offers.latest(h.reference(), h.leaId()))).isEmpty();

        // PAMI is the deceased's own head: an heir may be offered it once the death is recorded
        recordTo(h, h.leaId(), List.of(HeadLine.of(DintilhacHead.PAMI, "15000.00")));
        assertThat(as(h.lea(), () -> offers.latest(h.reference())).orElseThrow().lines())
                .extracting(OfferFile.Line::head)
                .containsExactly(DintilhacHead.PAMI);
    }

    @Test
    void pamiIsRefusedWhileNoDeathIsRecordedAndAClaimantOfAnotherClaimIsRefused() {
        var l = families.living(SMTP);
        var other = families.living(SMTP);
        refusedWith(
                () -> as(
                        l.cast().agent(),
                        () -> offers.record(
                                l.reference(),
                                l.relativeId(),
                                RelativeOfferFamily.letter(
                                        RECEIVED, List.of(HeadLine.of(DintilhacHead.PAMI, "15000.00"))))),
                "offer.error.head.pamiNeedsDeath");
        refusedWith(
                () -> as(
                        l.cast().agent(),
                        () -> offers.record(
                                l.reference(),
                                other.relativeId(),
                                RelativeOfferFamily.letter(RECEIVED, RelativeOfferFamily.heirHeads()))),
                "offer.error.claimant.notOfClaim");
        assertThat(as(l.cast().agent(), () -> offers.latest(l.reference(), l.relativeId())))
                .isEmpty();
    }
}
