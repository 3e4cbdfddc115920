package fr.victimportal.offer.ui;

import com.vaadin.flow.component.Component;
import fr.victimportal.offer.ClaimantReview;
import fr.victimportal.shared.ui.StaticHtml;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * For an offer to a relative or heir (issue 24): the relative's rights follow the direct victim's (loi du 5 juillet
 * 1985, art. 6), with the fault reduction that applies to the direct victim and a flag when this offer's differs; for a
 * relative of a living victim, what they can do without a date to count. A card of the review's one
 * {@link StaticHtml} node.
 */
final class ClaimantSection {

    private final Component texts;
    private final Locale locale;

    private ClaimantSection(Component texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** Appends the card to the review's root, translated by {@code texts}, numbers written for {@code locale}. */
    static void append(Element root, ClaimantReview c, Component texts, Locale locale) {
        new ClaimantSection(texts, locale).card(root, c);
    }

    private void card(Element root, ClaimantReview c) {
        Element s = root.appendElement("section").addClass("card").addClass("offer-claimant-rights");
        StaticHtml.add(s, "h2", texts.getTranslation("offer.claimant.rights.title"));
        line(s, "offer-claimant-art6", "offer.claimant.art6");
        if (c.victimReductionRate() != null) {
            line(s, "offer-claimant-victim-rate", "offer.claimant.victimRate", percent(c.victimReductionRate()));
        } else if (c.victimRole() != null) {
            line(
                    s,
                    "offer-claimant-victim-rate",
                    c.victimRole().isNonDriver() ? "offer.claimant.victimNonDriver" : "offer.claimant.victimDriver");
        }
        line(s, "offer-claimant-own-rate", "offer.claimant.ownRate", percent(c.ownReductionRate()));
        if (c.reductionDiffers()) {
            line(
                            s,
                            "offer-claimant-rate-differs",
                            "offer.claimant.rateDiffers",
                            percent(c.ownReductionRate()),
                            percent(c.victimReductionRate()))
                    .attr("role", "alert");
        }
        line(s, "offer-claimant-personal", "offer.claimant.personal");
    }

    private String percent(BigDecimal rate) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(1);
        return f.format(rate) + " %";
    }

    private Element line(Element parent, String className, String key, Object... args) {
        return StaticHtml.add(parent, "p", texts.getTranslation(key, args), className);
    }
}
