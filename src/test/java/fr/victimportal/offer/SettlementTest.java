package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.deadline.PenaltyEstimate;
import fr.victimportal.offer.domain.Settlement;
import fr.victimportal.offer.domain.SettlementRepository;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Accepting (owner only), the L211-16 withdrawal period and its last day, the L211-17 payment, and one settlement
 * whatever the concurrency. Dates checked by hand on a 2026–2027 calendar: 23 Nov 2026 is a Monday, so 4 Dec is a
 * Friday, 19 Dec a Saturday, 25 Dec a Friday (Christmas), 11 Nov a Wednesday (Armistice), 12 Dec a Saturday.
 * Counting (CPC 641): the day of acceptance is not counted; the period ends at the end of its 15th day; a Saturday,
 * Sunday or public holiday moves it to the next working day (CPC 642).
 */
class SettlementTest extends IntegrationTest {

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

    private OfferFixtures.Victim victimWithOffer() {
        return fixtures.victimWithOffer("Sarah Morel");
    }

    private OfferFile accept(OfferFixtures.Victim v, String email) {
        OfferFile f = fixtures.latest(v.email(), v.reference());
        return claims.as(email, () -> offers.accept(v.reference(), f.id(), f.version()));
    }

    @Test
    void acceptedOnAFridayTheWithdrawalPeriodEndsOnMondayAndPaymentAMonthLater() {
        // Fri 4 Dec + 15 days = Sat 19 Dec -> Mon 21 Dec; + 1 month = Thu 21 Jan 2027 (a working day).
        today(2026, 12, 4, 11);
        var v = victimWithOffer();
        OfferFile f = accept(v, v.email());
        assertThat(f.status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(f.settlement().concludedOn()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(f.settlement().withdrawalEndsOn()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(f.settlement().paymentDueOn()).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(f.settlement().daysLeft()).isEqualTo(17);
        assertThat(f.settlement().withdrawable()).isTrue();
    }

    @Test
    void periodsEndingOnPublicHolidaysMoveToTheNextWorkingDay() {
        // Tue 27 Oct + 15 days = Wed 11 Nov (Armistice) -> Thu 12 Nov; + 1 month = Sat 12 Dec -> Mon 14 Dec.
        today(2026, 10, 27, 9);
        var v = victimWithOffer();
        OfferFile f = accept(v, v.email());
        assertThat(f.settlement().withdrawalEndsOn()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(f.settlement().paymentDueOn()).isEqualTo(LocalDate.of(2026, 12, 14));

        // Thu 10 Dec + 15 days = Fri 25 Dec (Christmas), Sat 26, Sun 27 -> Mon 28 Dec; + 1 month = Thu 28 Jan 2027.
        today(2026, 12, 10, 9);
        var w = victimWithOffer();
        OfferFile g = accept(w, w.email());
        assertThat(g.settlement().withdrawalEndsOn()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(g.settlement().paymentDueOn()).isEqualTo(LocalDate.of(2027, 1, 28));
    }

    @Test
    void withdrawingOnTheLastDayIsAcceptedAndTheDayAfterRefused() {
        today(2026, 12, 4, 11);
        var early = victimWithOffer();
        accept(early, early.email());
        var late = victimWithOffer();
        accept(late, late.email());

        today(2026, 12, 21, 23); // Mon 21 Dec, 23:00: still the last day
        OfferFile mine = fixtures.latest(early.email(), early.reference());
        assertThat(mine.settlement().daysLeft()).isZero();
        OfferFile withdrawn =
                claims.as(early.email(), () -> offers.withdraw(early.reference(), mine.id(), mine.version()));
        assertThat(withdrawn.status()).isEqualTo(OfferStatus.WITHDRAWN);
        assertThat(withdrawn.settlement().withdrawnOn()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(settlements.findByActiveOfferId(mine.id())).isEmpty();

        today(2026, 12, 22, 0); // Tue 22 Dec, midnight: the settlement is final
        OfferFile theirs = fixtures.latest(late.email(), late.reference());
        assertThat(theirs.settlement().finalised()).isTrue();
        assertThatThrownBy(() ->
                        claims.as(late.email(), () -> offers.withdraw(late.reference(), theirs.id(), theirs.version())))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("offer.error.withdrawalOver");
        assertThat(fixtures.latest(late.email(), late.reference()).status()).isEqualTo(OfferStatus.ACCEPTED);
    }

    @Test
    void aHelperOrAnAgentCannotAcceptRefuseOrWithdrawEvenByCallingTheService() {
        today(2026, 12, 4, 11);
        var v = victimWithOffer();
        String helper = fixtures.helperOf(v);
        String agent = claims.newUser(Role.AGENT, "Agent Caron");
        for (String other : List.of(helper, agent)) {
            assertThat(fixtures.latest(other, v.reference()).mayDecide()).isFalse();
            assertThatThrownBy(() -> accept(v, other))
                    .isInstanceOf(UserInputException.class)
                    .hasMessageContaining("offer.error.ownerOnly");
            OfferFile f = fixtures.latest(v.email(), v.reference());
            assertThatThrownBy(() -> claims.as(other, () -> offers.refuse(v.reference(), f.id(), f.version())))
                    .hasMessageContaining("offer.error.ownerOnly");
        }
        assertThat(fixtures.latest(v.email(), v.reference()).status()).isEqualTo(OfferStatus.RECORDED);
        OfferFile accepted = accept(v, v.email());
        assertThatThrownBy(() ->
                        claims.as(helper, () -> offers.withdraw(v.reference(), accepted.id(), accepted.version())))
                .hasMessageContaining("offer.error.ownerOnly");
    }

    @Test
    void twoAcceptancesAtOnceMakeOneSettlement() throws Exception {
        today(2026, 12, 4, 11);
        var v = victimWithOffer();
        OfferFile f = fixtures.latest(v.email(), v.reference());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<OfferFile>> tries = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            tries.add(pool.submit(() -> {
                start.await();
                return claims.as(v.email(), () -> offers.accept(v.reference(), f.id(), f.version()));
            }));
        }
        start.countDown();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        int successes = 0;
        for (Future<OfferFile> t : tries) {
            try {
                t.get(30, TimeUnit.SECONDS);
                successes++;
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        pool.shutdown();
        assertThat(successes).isEqualTo(1);
        assertThat(failures).hasSize(1);
        assertThat(settlements.findByOfferIdOrderByIdDesc(f.id())).hasSize(1);
        // and a stale second tab afterwards is refused too
        assertThatThrownBy(() -> claims.as(v.email(), () -> offers.accept(v.reference(), f.id(), f.version())))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void whileUnpaidAfterTheDueDateTheEstimateRunsToToday() {
        today(2026, 12, 4, 11);
        var v = victimWithOffer();
        accept(v, v.email());
        today(2027, 1, 21, 20); // the due day itself: not late
        assertThat(fixtures.latest(v.email(), v.reference()).settlement().latePayments())
                .isEmpty();
        today(2027, 1, 26, 9); // Tue 26 Jan: 22..26 Jan = 5 days, on the 15 350,00 € net
        PenaltyEstimate late = fixtures.latest(v.email(), v.reference())
                .settlement()
                .latePayments()
                .getFirst();
        assertThat(late.days()).isEqualTo(5);
        assertThat(late.base()).isEqualByComparingTo("15350.00");
        assertThat(late.estimate()).isTrue();
    }

    @Test
    void theDatabaseRefusesASecondStandingSettlementForTheSameOffer() {
        today(2026, 12, 4, 11);
        var v = victimWithOffer();
        OfferFile f = accept(v, v.email());
        var second = new Settlement(
                f.id(),
                v.reference(),
                LocalDate.of(2026, 12, 4),
                users.loadUserByUsername(v.email()).id(),
                Instant.now(clock),
                LocalDate.of(2026, 12, 21),
                LocalDate.of(2027, 1, 21));
        second.superseded(); // only the per-offer constraint is at stake here
        assertThatThrownBy(() -> settlements.saveAndFlush(second))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("uk_settlement_active"));
    }

    @Test
    void theAgentRecordsAPaymentAndALateOneShowsTheL211Dash17Estimate() {
        today(2026, 12, 4, 11);
        var v = victimWithOffer();
        OfferFile f = accept(v, v.email());
        String agent = claims.newUser(Role.AGENT, "Agent Caron");
        assertThatThrownBy(() -> claims.as(
                        v.email(),
                        () -> offers.recordPayment(
                                v.reference(), f.id(), LocalDate.of(2026, 12, 4), new BigDecimal("15350.00"))))
                .hasMessageContaining("offer.error.agentOnly");

        // Due Thu 21 Jan 2027; paid Sun 31 Jan: 10 days late (22..31 Jan) at 1.5 x the legal rate.
        today(2027, 2, 1, 10);
        OfferFile paid = claims.as(
                agent,
                () -> offers.recordPayment(
                        v.reference(), f.id(), LocalDate.of(2027, 1, 31), new BigDecimal("15350.00")));
        assertThat(paid.settlement().paidOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(paid.settlement().latePayments()).singleElement().satisfies(late -> {
            assertThat(late.days()).isEqualTo(10);
            assertThat(late.base()).isEqualByComparingTo("15350.00");
            assertThat(late.total()).isPositive();
        });
    }
}
