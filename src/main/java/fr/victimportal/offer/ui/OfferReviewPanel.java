package fr.victimportal.offer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.deadline.PenaltyEstimate;
import fr.victimportal.offer.OfferFile;
import fr.victimportal.offer.OfferKind;
import fr.victimportal.offer.OfferReview;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.StaticHtml;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * The review of an offer in plain language: in short, head by head, what the law requires, timing, benchmarks.
 * Nothing in it changes once shown, so it is written as one {@link StaticHtml} node (issue 25: it was most of the
 * state nodes a session keeps on the offer page), with the same cards, headings, lists and classes.
 */
class OfferReviewPanel extends Composite<Html> {

    private final Html panel;

    OfferReviewPanel(OfferReview review) {
        Element root = StaticHtml.root("div", "offer-review");
        OfferFile f = review.offer();
        summary(root, review);
        heads(root, f);
        if (review.claimant() != null) {
            ClaimantSection.append(root, review.claimant(), this, getLocale());
        }
        completeness(root, review);
        timeliness(root, review);
        if (!f.toClaimant()) {
            benchmarks(root, review);
        }
        panel = StaticHtml.component(root);
    }

    @Override
    protected Html initContent() {
        return panel;
    }

    private static void p(Element parent, String text, String... classes) {
        StaticHtml.add(parent, "p", text, classes);
    }

    private String euros(BigDecimal amount) {
        return Formats.euros(amount, getLocale());
    }

    private String head(DintilhacHead h) {
        return getTranslation(h.messageKey());
    }

    private void summary(Element root, OfferReview review) {
        OfferFile f = review.offer();
        Element s = card(root, "offer-summary", "offer.summary.title");
        p(
                s,
                getTranslation(
                        "offer.summary.pays",
                        euros(f.totals().net()),
                        f.lines().size(),
                        f.lines().stream().map(l -> head(l.head())).collect(Collectors.joining(", "))));
        if (f.totals().payersRecover().signum() > 0) {
            p(s, getTranslation("offer.summary.payers", euros(f.totals().payersRecover())));
        }
        if (f.offer().kind() == OfferKind.PROVISIONAL) {
            p(s, getTranslation("offer.provisional.note"));
        }
        if (!review.notOffered().isEmpty()) {
            p(
                    s,
                    getTranslation(
                            f.toClaimant() ? "offer.claimant.leavesOut" : "offer.summary.leavesOut",
                            review.notOffered().stream().map(this::head).collect(Collectors.joining(", "))));
        }
        if (!review.complete()) {
            p(s, getTranslation("offer.summary.incomplete"));
        }
        StaticHtml.add(s, "h3", getTranslation("offer.options.title"));
        Element options = s.appendElement("ul");
        for (String o : new String[] {"accept", "discuss", "lawyer", "advance"}) {
            StaticHtml.add(options, "li", getTranslation("offer.option." + o));
        }
        p(s, getTranslation(f.toClaimant() ? "offer.claimant.noDeadline" : "offer.summary.noDeadline"));
    }

    private void heads(Element root, OfferFile f) {
        Element s = card(root, "offer-heads", "offer.heads.title");
        Element list = s.appendElement("ul").addClass("offer-lines");
        for (OfferFile.Line l : f.lines()) {
            Element item = list.appendElement("li").addClass("offer-line");
            StaticHtml.add(item, "h3", head(l.head()));
            amount(item, "offer.line.gross", l.input().gross());
            if (l.input().reduction().signum() > 0) {
                amount(item, "offer.line.reduction", l.input().reduction());
                if (l.input().reductionReason() != null
                        && !l.input().reductionReason().isBlank()) {
                    p(item, getTranslation("offer.line.reasonGiven", l.input().reductionReason()));
                }
            }
            if (l.input().payerClaims().signum() > 0) {
                amount(item, "offer.line.payers", l.input().payerClaims());
            }
            amount(item, "offer.line.net", l.net()).addClass("net");
        }
        amount(s, "offer.totals", f.totals().net()).addClass("offer-total");
    }

    private Element amount(Element parent, String key, BigDecimal value) {
        return StaticHtml.add(parent, "p", getTranslation(key) + " : " + euros(value), "amount");
    }

    private void completeness(Element root, OfferReview review) {
        Element s = card(root, "offer-completeness", "offer.completeness.title");
        if (review.complete()) {
            p(s, getTranslation("offer.completeness.ok"));
            return;
        }
        Element list = s.appendElement("ul");
        for (OfferReview.Missing m : review.missing()) {
            StaticHtml.add(
                    list,
                    "li",
                    getTranslation("offer.missing." + m.element(), m.head() == null ? "" : head(m.head())),
                    "missing");
        }
    }

    private void timeliness(Element root, OfferReview review) {
        Element s = card(root, "offer-timeliness", "offer.timeliness.title");
        OfferReview.Timeliness t = review.timeliness();
        if (t.aggravation()) {
            p(s, getTranslation("offer.timeliness.aggravation"));
        } else {
            String basis = basis(t, review.offer());
            if (basis != null) {
                p(s, basis, "offer-timeliness-basis");
            }
            if (!t.late()) {
                if (t.showsOnTime()) {
                    p(s, getTranslation("offer.timeliness.onTime"));
                }
            } else {
                p(
                        s,
                        getTranslation(
                                "offer.timeliness.late",
                                Formats.date(t.missed().dueDate(), getLocale()),
                                t.missed().legalBasis()));
                PenaltyEstimate p = t.penalty();
                p(
                        s,
                        getTranslation(
                                "offer.timeliness.penalty",
                                euros(p.total()),
                                Formats.date(p.from(), getLocale()),
                                Formats.date(p.to(), getLocale())));
                for (PenaltyEstimate.Gap gap : p.gaps()) {
                    p(
                            s,
                            getTranslation(
                                    PenaltyEstimate.UNAVAILABLE_KEY,
                                    Formats.date(gap.from(), getLocale()),
                                    Formats.date(gap.to(), getLocale())),
                            "estimate-unavailable");
                }
                p(s, getTranslation("offer.timeliness.base", euros(p.base())));
                p(s, getTranslation(PenaltyEstimate.DISCLAIMER_KEY));
            }
        }
        if (!review.complete()) {
            p(s, getTranslation("offer.timeliness.incompleteNote"));
        }
    }

    /** The L211-9 al. 2 and 3 rule this offer was judged by, given the earlier offers and their kind. */
    private String basis(OfferReview.Timeliness t, OfferFile f) {
        return switch (t.basis()) {
            case STANDARD -> null;
            case PROVISIONAL_NOT_ALLOWED ->
                getTranslation(
                        "offer.timeliness.provisionalNotAllowed",
                        Formats.date(t.basisDate(), getLocale()),
                        Formats.date(t.checked().getFirst().dueDate(), getLocale()));
            case PROVISIONAL_DEFINITIVE_DUE ->
                t.definitive() == null
                        ? getTranslation("offer.timeliness.definitiveDueUnknown")
                        : getTranslation(
                                "offer.timeliness.definitiveDue",
                                Formats.date(t.definitive().dueDate(), getLocale()),
                                t.definitive().legalBasis());
            case AFTER_PROVISIONAL_IN_TIME ->
                getTranslation("offer.timeliness.afterProvisional", Formats.date(t.basisDate(), getLocale()));
            case AFTER_PROVISIONAL_NO_CONSOLIDATION_DATE ->
                getTranslation("offer.timeliness.afterProvisionalNoDate", Formats.date(t.basisDate(), getLocale()));
            case HEIRS_AFTER_DEATH, RELATIVE_NO_DATE ->
                getTranslation(
                        t.claimantBasisKey(), t.basisDate() == null ? "" : Formats.date(t.basisDate(), getLocale()));
        };
    }

    private void benchmarks(Element root, OfferReview review) {
        Element s = card(root, "offer-benchmarks", "offer.benchmark.title");
        Element list = s.appendElement("ul");
        for (OfferReview.HeadBenchmark b : review.benchmarks()) {
            switch (b.status()) {
                case NO_BENCHMARK -> {
                    StaticHtml.add(list, "li", getTranslation("offer.benchmark.none", head(b.head())));
                    p(s, getTranslation("offer.benchmark.howToLoad"));
                }
                case NEEDS_GRADE ->
                    StaticHtml.add(list, "li", getTranslation("offer.benchmark.needsGrade", head(b.head())));
                case COMPARED ->
                    b.comparisons()
                            .forEach(c -> StaticHtml.add(
                                    list,
                                    "li",
                                    getTranslation(
                                            b.head() == DintilhacHead.DFT
                                                    ? "offer.benchmark.rangePerDay"
                                                    : b.head() == DintilhacHead.DFP
                                                            ? "offer.benchmark.rangePerPoint"
                                                            : "offer.benchmark.range",
                                            head(b.head()),
                                            euros(b.compared()),
                                            euros(c.low()),
                                            euros(c.high()),
                                            c.benchmark().referential(),
                                            c.benchmark().source(),
                                            c.benchmark().year(),
                                            getTranslation("offer.benchmark." + c.position())),
                                    "benchmark-" + c.position().name().toLowerCase(Locale.ROOT)));
            }
        }
        p(s, getTranslation("offer.benchmark.disclaimer"));
    }

    private Element card(Element root, String className, String titleKey) {
        Element s = root.appendElement("section").addClass("card").addClass(className);
        StaticHtml.add(s, "h2", getTranslation(titleKey));
        return s;
    }
}
