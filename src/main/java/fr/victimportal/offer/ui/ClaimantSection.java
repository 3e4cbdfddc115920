package fr.victimportal.offer.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.victimportal.offer.ClaimantReview;
import java.math.BigDecimal;
import java.text.NumberFormat;

/**
 * For an offer to a relative or heir (issue 24): the relative's rights follow the direct victim's (loi du 5 juillet
 * 1985, art. 6), with the fault reduction that applies to the direct victim and a flag when this offer's differs; for a
 * relative of a living victim, what they can do without a date to count.
 */
final class ClaimantSection extends Section {

    ClaimantSection(ClaimantReview c) {
        addClassNames("card", "offer-claimant-rights");
        add(new H2(getTranslation("offer.claimant.rights.title")));
        Paragraph follows = new Paragraph(getTranslation("offer.claimant.art6"));
        follows.addClassName("offer-claimant-art6");
        add(follows);
        if (c.victimReductionRate() != null) {
            add(line("offer-claimant-victim-rate", "offer.claimant.victimRate", percent(c.victimReductionRate())));
        } else if (c.victimRole() != null) {
            add(line(
                    "offer-claimant-victim-rate",
                    c.victimRole().isNonDriver() ? "offer.claimant.victimNonDriver" : "offer.claimant.victimDriver"));
        }
        add(line("offer-claimant-own-rate", "offer.claimant.ownRate", percent(c.ownReductionRate())));
        if (c.reductionDiffers()) {
            Paragraph differs = line(
                    "offer-claimant-rate-differs",
                    "offer.claimant.rateDiffers",
                    percent(c.ownReductionRate()),
                    percent(c.victimReductionRate()));
            differs.getElement().setAttribute("role", "alert");
            add(differs);
        }
        add(line("offer-claimant-personal", "offer.claimant.personal"));
    }

    private String percent(BigDecimal rate) {
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(1);
        return f.format(rate) + " %";
    }

    private Paragraph line(String className, String key, Object... args) {
        Paragraph p = new Paragraph(getTranslation(key, args));
        p.addClassName(className);
        return p;
    }
}
