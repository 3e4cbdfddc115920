package fr.victimportal.offer;

import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The PDFs the victim keeps or sends, for {@link OfferService} (which reads the claim and the offer in its
 * transaction): the offer's review, and the L211-16 withdrawal letter, as a draft to send or once the withdrawal is
 * recorded. The letters are the victim's: the insurer's agent gets neither.
 */
@Component
class OfferLetters {

    private final OfferPdf pdf;

    OfferLetters(OfferPdf pdf) {
        this.pdf = pdf;
    }

    /** The review in the reader's language; "no offer" when none is recorded in the cycle. */
    byte[] review(Optional<OfferReview> review, LocalDate today, Locale locale) {
        return pdf.review(review.orElseThrow(() -> new UserInputException(null, "offer.none")), today, locale);
    }

    /** The letter as sent, once the withdrawal is recorded: its place and date are the recorded ones. */
    byte[] withdrawalLetter(ClaimFile file, Supplier<Optional<OfferFile>> latest) {
        notForAgents(file);
        OfferFile offer = latest.get()
                .filter(o -> o.settlement() != null && o.settlement().withdrawn())
                .orElseThrow(() -> new UserInputException(null, "offer.error.notWithdrawn"));
        return pdf.withdrawalLetter(
                offer,
                file.questionnaire().correspondenceAddress(),
                offer.settlement().letterPlace(),
                offer.settlement().withdrawnOn());
    }

    /** The letter to send while the transaction can still be withdrawn, dated {@code today} and signed at place. */
    byte[] withdrawalDraft(ClaimFile file, Supplier<Optional<OfferFile>> latest, String place, LocalDate today) {
        notForAgents(file);
        OfferFile offer = latest.get()
                .filter(o -> o.settlement() != null && o.settlement().withdrawable())
                .orElseThrow(() -> new UserInputException(null, "offer.error.notWithdrawable"));
        return pdf.withdrawalLetter(
                offer, file.questionnaire().correspondenceAddress(), Settlements.place(place), today);
    }

    private static void notForAgents(ClaimFile file) {
        if (file.viewer() == Relation.AGENT) {
            throw new UserInputException(null, "offer.error.ownerOnly");
        }
    }
}
