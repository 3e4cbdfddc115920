package fr.victimportal.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The net amount of a head (docs/legal-notes.md). The liable party owes {@code gross − reduction}. Third-party payers recover
 * from that head only, and the victim is paid before them (loi 1985 art. 31 al. 3): the victim gets what the payers'
 * benefits left uncovered of the head, up to what is owed; the payers get the rest of what is owed. Without a
 * reduction this is simply {@code gross − payer claims}.
 */
public final class OfferMath {

    private OfferMath() {}

    public static BigDecimal owed(HeadLine h) {
        return euros(h.gross().subtract(h.reduction()));
    }

    public static BigDecimal net(HeadLine h) {
        BigDecimal uncovered = h.gross().subtract(h.payerClaims());
        return euros(uncovered.min(owed(h)).max(BigDecimal.ZERO));
    }

    /** What the payers actually recover on this head, after the victim's priority. */
    public static BigDecimal payersRecover(HeadLine h) {
        return euros(owed(h).subtract(net(h)));
    }

    public static BigDecimal euros(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
