package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.offer.domain.SettlementRepository;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The withdrawal: L211-16 counts 15 days from the conclusion of the transaction (the date the
 * victim gives, not the day they click); the withdrawal exists once the registered letter is sent within them. Dates
 * (CPC 641/642, the engine's due date): Tue 27 Oct 2026 + 15 days = Wed 11 Nov (Armistice) -> Thu 12 Nov; + 1 month =
 * Sat 12 Dec -> Mon 14 Dec. Fri 4 Dec + 15 days = Sat 19 Dec -> Mon 21 Dec; + 1 month = Thu 21 Jan 2027.
 */
class TransactionDateTest extends IntegrationTest {

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offers;

    @Autowired
    private SettlementRepository settlements;

    private OfferFixtures.Victim victimWithOffer() {
        return fixtures.victimWithOffer("Inès Garnier");
    }

    @Test
    void theWithdrawalAndPaymentDatesCountFromTheTransactionsDateNotFromTheClick() {
        today(2026, 12, 4, 11);
        var v = victimWithOffer();
        OfferFile f = fixtures.accept(v, LocalDate.of(2026, 10, 27));
        assertThat(f.settlement().concludedOn()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(f.settlement().withdrawalEndsOn()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(f.settlement().paymentDueOn()).isEqualTo(LocalDate.of(2026, 12, 14));
        // signed 38 days ago: the law no longer allows the withdrawal, so none is offered
        assertThat(f.settlement().withdrawable()).isFalse();
        assertThat(f.settlement().finalised()).isTrue();
        var stored = settlements.findByActiveOfferId(f.id()).orElseThrow();
        assertThat(stored.getConcludedOn()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(stored.getWithdrawalEndsOn()).isEqualTo(LocalDate.of(2026, 11, 12));
    }

    @Test
    void aSigningDateInTheFutureOrBeforeTheOfferIsRefusedAndChangesNothing() {
        today(2026, 12, 4, 11);
        var v = victimWithOffer();
        assertThatThrownBy(() -> fixtures.accept(v, LocalDate.of(2026, 12, 5)))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("offer.error.signedOn.future");
        assertThatThrownBy(() -> fixtures.accept(v, LocalDate.of(2026, 8, 2)))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("offer.error.signedOn.beforeOffer");
        assertThatThrownBy(() -> fixtures.accept(v, null)).hasMessageContaining("offer.error.signedOn.required");
        OfferFile f = fixtures.latest(v.email(), v.reference());
        assertThat(f.status()).isEqualTo(OfferStatus.RECORDED);
        assertThat(f.settlement()).isNull();
        assertThat(settlements.findByOfferIdOrderByIdDesc(f.id())).isEmpty();
        // the offer's own day is allowed
        assertThat(fixtures.accept(v, LocalDate.of(2026, 8, 3)).settlement().concludedOn())
                .isEqualTo(LocalDate.of(2026, 8, 3));
    }

    @Test
    void aLetterSentOnTheLastDayIsAWithdrawalEvenWhenRecordedTheDayAfterAndALaterOneIsNot() {
        today(2026, 12, 4, 11);
        var onTime = victimWithOffer();
        fixtures.accept(onTime, LocalDate.of(2026, 12, 4));
        var tooLate = victimWithOffer();
        fixtures.accept(tooLate, LocalDate.of(2026, 12, 4));

        today(2026, 12, 21, 23); // Mon 21 Dec, the last day (engine's due date): still withdrawable
        OfferFile last = fixtures.latest(onTime.email(), onTime.reference());
        assertThat(last.settlement().withdrawable()).isTrue();
        assertThat(last.settlement().daysLeft()).isZero();

        today(2026, 12, 22, 9); // Tue 22 Dec: the period is over, nothing is offered any more
        OfferFile mine = fixtures.latest(onTime.email(), onTime.reference());
        assertThat(mine.settlement().withdrawable()).isFalse();
        // a registered letter sent on Mon 21 Dec withdrew the transaction: the portal records it
        OfferFile withdrawn = claims.as(
                onTime.email(),
                () -> offers.withdraw(
                        onTime.reference(), mine.id(), mine.version(), LocalDate.of(2026, 12, 21), "Bordeaux"));
        assertThat(withdrawn.status()).isEqualTo(OfferStatus.WITHDRAWN);
        assertThat(withdrawn.settlement().withdrawnOn()).isEqualTo(LocalDate.of(2026, 12, 21));

        OfferFile theirs = fixtures.latest(tooLate.email(), tooLate.reference());
        assertThatThrownBy(() -> claims.as(
                        tooLate.email(),
                        () -> offers.withdraw(
                                tooLate.reference(),
                                theirs.id(),
                                theirs.version(),
                                LocalDate.of(2026, 12, 22),
                                "Bordeaux")))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("offer.error.withdrawalOver");
        assertThat(fixtures.latest(tooLate.email(), tooLate.reference()).status())
                .isEqualTo(OfferStatus.ACCEPTED);
    }

    @Test
    void theSendingDateIsNeitherInTheFutureNorBeforeTheTransaction() {
        today(2026, 12, 10, 11);
        var v = victimWithOffer();
        OfferFile f = fixtures.accept(v, LocalDate.of(2026, 12, 4));
        assertThatThrownBy(() -> claims.as(
                        v.email(),
                        () -> offers.withdraw(v.reference(), f.id(), f.version(), LocalDate.of(2026, 12, 11), null)))
                .hasMessageContaining("offer.error.sentOn.future");
        assertThatThrownBy(() -> claims.as(
                        v.email(),
                        () -> offers.withdraw(v.reference(), f.id(), f.version(), LocalDate.of(2026, 12, 3), null)))
                .hasMessageContaining("offer.error.sentOn.beforeTransaction");
        assertThatThrownBy(() ->
                        claims.as(v.email(), () -> offers.withdraw(v.reference(), f.id(), f.version(), null, null)))
                .hasMessageContaining("offer.error.sentOn.future");
        assertThat(fixtures.latest(v.email(), v.reference()).settlement().withdrawn())
                .isFalse();
        OfferFile done = claims.as(
                v.email(),
                () -> offers.withdraw(v.reference(), f.id(), f.version(), LocalDate.of(2026, 12, 9), "Pessac"));
        assertThat(done.settlement().withdrawnOn()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(done.settlement().letterPlace()).isEqualTo("Pessac");
    }
}
