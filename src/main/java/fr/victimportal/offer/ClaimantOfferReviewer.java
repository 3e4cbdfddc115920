package fr.victimportal.offer;

import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.deadline.PenaltyEstimator;
import fr.victimportal.offer.domain.Offer;
import fr.victimportal.offer.domain.OfferRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reviews an offer made to a relative or heir (issue 24): R211-40 completeness as for the victim; timeliness after a
 * recorded death against the heirs' extended deadline (L211-9 al. 2, R211-30, from the claim's legal clock), and for a
 * relative of a living victim no date at all (the law fixes none the portal can count); the fault reduction of the
 * direct victim that the relative's compensation follows (loi du 5 juillet 1985, art. 6).
 */
@Component
class ClaimantOfferReviewer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ClaimDeadlines claimDeadlines;
    private final OfferRepository offers;
    private final Clock clock;
    private final PenaltyEstimator penalties = PenaltyEstimator.withClasspathRates();

    ClaimantOfferReviewer(ClaimDeadlines claimDeadlines, OfferRepository offers, Clock clock) {
        this.claimDeadlines = claimDeadlines;
        this.offers = offers;
        this.clock = clock;
    }

    OfferReview review(ClaimFile claim, OfferFile file) {
        LocalDate died = claim.facts() == null ? null : claim.facts().victimDied();
        boolean dead = died != null;
        List<DintilhacHead> offered =
                file.lines().stream().map(OfferFile.Line::head).toList();
        List<DintilhacHead> notOffered = DintilhacHead.claimantHeads(
                        dead && file.recipient().heir())
                .stream()
                .filter(h -> !offered.contains(h))
                .toList();
        LocalDate contextDue = dead ? null : eightMonths(claim, LocalDate.now(clock));
        ClaimantReview claimant = new ClaimantReview(
                dead,
                contextDue,
                victimRate(claim, file),
                rate(file.offer()),
                claim.accident().victimRole());
        return new OfferReview(
                file,
                OfferReviewer.missing(claim, file),
                dead ? afterDeath(claim, file) : noDate(contextDue),
                List.of(),
                notOffered,
                claimant);
    }

    /** After the death: the 8-month offer goes to the heirs, its date extended by R211-30 (the claim's clock). */
    private OfferReview.Timeliness afterDeath(ClaimFile claim, OfferFile file) {
        LocalDate received = file.offer().receivedOn();
        Deadline eight = claimDeadlines.scheduleFor(claim, received).deadlines().stream()
                .filter(d -> d.code() == DeadlineCode.OFFER_8M)
                .findFirst()
                .orElse(null);
        if (eight == null) {
            return new OfferReview.Timeliness(
                    List.of(), null, null, false, OfferReview.Basis.HEIRS_AFTER_DEATH, null, null);
        }
        boolean late = received.isAfter(eight.dueDate());
        return new OfferReview.Timeliness(
                List.of(eight),
                late ? eight : null,
                late ? penalties.lateOffer(file.owedBeforePayers(), eight.dueDate(), received) : null,
                false,
                OfferReview.Basis.HEIRS_AFTER_DEATH,
                eight.dueDate(),
                null);
    }

    /** A relative of a living victim: nothing is checked, never "late" nor "in time". */
    private static OfferReview.Timeliness noDate(@Nullable LocalDate victimDue) {
        return new OfferReview.Timeliness(
                List.of(), null, null, false, OfferReview.Basis.RELATIVE_NO_DATE, victimDue, null);
    }

    private @Nullable LocalDate eightMonths(ClaimFile claim, LocalDate today) {
        return claimDeadlines.scheduleFor(claim, today).deadlines().stream()
                .filter(d -> d.code() == DeadlineCode.OFFER_8M)
                .map(Deadline::dueDate)
                .findFirst()
                .orElse(null);
    }

    /** The reduction rate on the direct victim's latest offer of the same cycle, if there is one. */
    private @Nullable BigDecimal victimRate(ClaimFile claim, OfferFile file) {
        return offers.findFirstByClaimReferenceAndAggravationIdAndClaimantIdOrderByIdDesc(
                        claim.reference(), file.aggravationId(), null)
                .map(Offer::input)
                .map(ClaimantOfferReviewer::rate)
                .orElse(null);
    }

    /** The share of the gross amounts taken off by the reduction, in percent with one decimal. */
    static BigDecimal rate(OfferInput in) {
        BigDecimal gross = in.heads().stream().map(HeadLine::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal reduction = in.heads().stream().map(HeadLine::reduction).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (gross.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return reduction.multiply(HUNDRED).divide(gross, 1, RoundingMode.HALF_UP);
    }
}
