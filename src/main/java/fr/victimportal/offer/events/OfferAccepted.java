package fr.victimportal.offer.events;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The victim accepted an offer: the transaction was signed on {@code signedOn}. Under L211-15 the periods wait for the
 * judge's authorisation ({@code awaitingAuthorisation}); otherwise the 15 days to withdraw (L211-16) end on
 * {@code withdrawalEndsOn} and the payment is due by {@code paymentDueOn} (L211-17). {@code claimantName} names the
 * relative or heir whose own offer it was (issue 24), null for the direct victim.
 */
public record OfferAccepted(
        String reference,
        long offerId,
        LocalDate signedOn,
        boolean awaitingAuthorisation,
        @Nullable LocalDate withdrawalEndsOn,
        @Nullable LocalDate paymentDueOn,
        @Nullable String claimantName) {

    /** The direct victim's acceptance (no relative or heir named). */
    public OfferAccepted(
            String reference,
            long offerId,
            LocalDate signedOn,
            boolean awaitingAuthorisation,
            @Nullable LocalDate withdrawalEndsOn,
            @Nullable LocalDate paymentDueOn) {
        this(reference, offerId, signedOn, awaitingAuthorisation, withdrawalEndsOn, paymentDueOn, null);
    }
}
