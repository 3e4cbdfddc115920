package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.offer.domain.OfferRepository;
import fr.victimportal.offer.domain.Settlement;
import fr.victimportal.offer.domain.SettlementRepository;
import fr.victimportal.shared.UserInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One standing acceptance per claim and cycle. While the transaction can still be withdrawn, a new
 * letter is refused with a clear message (it would hide the transaction and its withdrawal right); after the
 * withdrawal, or once the transaction is final, a new offer can be recorded and accepted. The database refuses a second
 * current acceptance in a cycle too (uk_settlement_current).
 */
class SettlementCycleTest extends IntegrationTest {

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offers;

    @Autowired
    private SettlementRepository settlements;

    @Autowired
    private PortalUserDetailsService users;

    @Autowired
    private JdbcTemplate jdbc;

    private OfferFile accept(OfferFixtures.Victim v) {
        return fixtures.accept(v, LocalDate.now(clock));
    }

    private long agentRecords(String agent, OfferFixtures.Victim v, LocalDate receivedOn) {
        return claims.as(
                agent,
                () -> offers.record(v.reference(), OfferFixtures.complete(receivedOn, OfferFixtures.typicalHeads())));
    }

    /** The agents' notices of acceptance, written after the acceptance's commit (OfferNotices). */
    private int acceptedMails(String reference, String agent, int expected) {
        return await().until(() -> acceptedMails(reference, agent), n -> n >= expected);
    }

    private int acceptedMails(String reference, String agent) {
        return jdbc.queryForObject(
                "select count(*) from mail_outbox where dedup_key like ?",
                Integer.class,
                "offer:" + reference + ":accepted:%:"
                        + users.loadUserByUsername(agent).id());
    }

    @Test
    void aCorrectedLetterDuringTheWithdrawalPeriodIsRefusedAndTheSettlementStays() {
        today(2026, 12, 4, 11);
        var v = fixtures.victimWithOffer("Chloé Renard");
        OfferFile accepted = accept(v);
        String agent = claims.newUser(Role.AGENT, "Agent Caron");

        today(2026, 12, 10, 9);
        assertThatThrownBy(() -> agentRecords(agent, v, LocalDate.of(2026, 12, 9)))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("offer.error.settlementOpen");
        OfferFile latest = fixtures.latest(v.email(), v.reference());
        assertThat(latest.id()).isEqualTo(accepted.id());
        assertThat(latest.settlement().withdrawable()).isTrue();
        assertThat(claims.as(agent, () -> offers.recordingRefusal(v.reference())))
                .isPresent();

        // the last day (Mon 21 Dec) still refuses; the day after, the transaction is final and a new letter is recorded
        today(2026, 12, 21, 22);
        assertThatThrownBy(() -> agentRecords(agent, v, LocalDate.of(2026, 12, 21)))
                .hasMessageContaining("offer.error.settlementOpen");
        today(2026, 12, 22, 9);
        long second = agentRecords(agent, v, LocalDate.of(2026, 12, 22));
        OfferFile f2 = fixtures.latest(v.email(), v.reference());
        assertThat(f2.id()).isEqualTo(second);
        OfferFile accepted2 = claims.as(
                v.email(), () -> offers.accept(v.reference(), f2.id(), f2.version(), LocalDate.of(2026, 12, 22)));
        assertThat(accepted2.settlement().withdrawable()).isTrue();
        // the earlier, final transaction is kept but is no longer the cycle's current one
        assertThat(settlements.findByOfferIdOrderByIdDesc(accepted.id()))
                .singleElement()
                .satisfies(s -> assertThat(s.isCurrent()).isFalse());
        assertThat(settlements.findByClaimReferenceAndCycleNoAndCurrentMarkerTrue(v.reference(), 0))
                .get()
                .extracting(Settlement::getOfferId)
                .isEqualTo(second);
    }

    @Test
    void afterAWithdrawalANewOfferCanBeRecordedAndAccepted() {
        today(2026, 12, 4, 11);
        var v = fixtures.victim("Chloé Renard");
        String agent = claims.newUser(Role.AGENT, "Agent Caron");
        fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads()));
        OfferFile accepted = accept(v);
        assertThat(acceptedMails(v.reference(), agent, 1)).isEqualTo(1);
        claims.as(
                v.email(),
                () -> offers.withdraw(
                        v.reference(), accepted.id(), accepted.version(), LocalDate.of(2026, 12, 4), "Bordeaux"));
        agentRecords(agent, v, LocalDate.of(2026, 12, 4));
        assertThat(accept(v).settlement().withdrawable()).isTrue();
        // two acceptances, one after the other was withdrawn: two notices, never two standing settlements
        assertThat(acceptedMails(v.reference(), agent, 2)).isEqualTo(2);
        assertThat(settlements.findByClaimReferenceAndWithdrawnOnIsNullOrderByIdDesc(v.reference()))
                .hasSize(1);
    }

    @Test
    void aSecondOpenOfferOfTheCycleCannotBeAcceptedOverAStandingSettlement() {
        today(2026, 12, 4, 11);
        var v = fixtures.victim("Chloé Renard");
        long first = fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads()));
        long second =
                fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 4), OfferFixtures.typicalHeads()));
        accept(v); // the latest (second)
        long olderVersion = offerRepository.findById(first).orElseThrow().getVersion();
        assertThatThrownBy(() -> claims.as(
                        v.email(), () -> offers.accept(v.reference(), first, olderVersion, LocalDate.of(2026, 12, 4))))
                .hasMessageContaining("offer.error.settlementOpen");
        assertThat(settlements.findByOfferIdOrderByIdDesc(first)).isEmpty();
        assertThat(settlements.findByOfferIdOrderByIdDesc(second)).hasSize(1);
    }

    @Autowired
    private OfferRepository offerRepository;

    @Test
    void theDatabaseRefusesASecondCurrentAcceptanceInTheSameCycle() {
        today(2026, 12, 4, 11);
        var v = fixtures.victim("Chloé Renard");
        long first = fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads()));
        long second =
                fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 4), OfferFixtures.typicalHeads()));
        long victim = users.loadUserByUsername(v.email()).id();
        Settlement a = Settlement.concluded(
                first, v.reference(), null, LocalDate.of(2026, 12, 4), victim, Instant.now(clock), false);
        a.startClocks(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 21));
        settlements.saveAndFlush(a);
        Settlement b = Settlement.concluded(
                second, v.reference(), null, LocalDate.of(2026, 12, 4), victim, Instant.now(clock), false);
        b.startClocks(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 21));
        assertThatThrownBy(() -> settlements.saveAndFlush(b))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("uk_settlement_current"));
    }
}
