package fr.victimportal.offer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.deadline.PenaltyEstimate;
import fr.victimportal.offer.OfferFile;
import fr.victimportal.offer.OfferKind;
import fr.victimportal.offer.OfferReview;
import fr.victimportal.shared.Formats;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;

/** The review of an offer in plain language: in short, head by head, what the law requires, timing, benchmarks. */
class OfferReviewPanel extends Div {

    OfferReviewPanel(OfferReview review) {
        addClassName("offer-review");
        OfferFile f = review.offer();
        add(summary(review), heads(f));
        if (review.claimant() != null) {
            add(new ClaimantSection(review.claimant()));
        }
        add(completeness(review), timeliness(review));
        if (!f.toClaimant()) {
            add(benchmarks(review));
        }
    }

    private String euros(BigDecimal amount) {
        return Formats.euros(amount, getLocale());
    }

    private String head(DintilhacHead h) {
        return getTranslation(h.messageKey());
    }

    private Section summary(OfferReview review) {
        OfferFile f = review.offer();
        Section s = card("offer-summary", "offer.summary.title");
        s.add(new Paragraph(getTranslation(
                "offer.summary.pays",
                euros(f.totals().net()),
                f.lines().size(),
                f.lines().stream().map(l -> head(l.head())).collect(Collectors.joining(", ")))));
        if (f.totals().payersRecover().signum() > 0) {
            s.add(new Paragraph(
                    getTranslation("offer.summary.payers", euros(f.totals().payersRecover()))));
        }
        if (f.offer().kind() == OfferKind.PROVISIONAL) {
            s.add(new Paragraph(getTranslation("offer.provisional.note")));
        }
        if (!review.notOffered().isEmpty()) {
            s.add(new Paragraph(getTranslation(
                    f.toClaimant() ? "offer.claimant.leavesOut" : "offer.summary.leavesOut",
                    review.notOffered().stream().map(this::head).collect(Collectors.joining(", ")))));
        }
        if (!review.complete()) {
            s.add(new Paragraph(getTranslation("offer.summary.incomplete")));
        }
        s.add(new H3(getTranslation("offer.options.title")));
        UnorderedList options = new UnorderedList();
        for (String o : new String[] {"accept", "discuss", "lawyer", "advance"}) {
            options.add(new ListItem(getTranslation("offer.option." + o)));
        }
        s.add(
                options,
                new Paragraph(
                        getTranslation(f.toClaimant() ? "offer.claimant.noDeadline" : "offer.summary.noDeadline")));
        return s;
    }

    private Section heads(OfferFile f) {
        Section s = card("offer-heads", "offer.heads.title");
        UnorderedList list = new UnorderedList();
        list.addClassName("offer-lines");
        for (OfferFile.Line l : f.lines()) {
            ListItem item = new ListItem(new H3(head(l.head())));
            item.addClassName("offer-line");
            item.add(amount("offer.line.gross", l.input().gross()));
            if (l.input().reduction().signum() > 0) {
                item.add(amount("offer.line.reduction", l.input().reduction()));
                if (l.input().reductionReason() != null
                        && !l.input().reductionReason().isBlank()) {
                    item.add(new Paragraph(
                            getTranslation("offer.line.reasonGiven", l.input().reductionReason())));
                }
            }
            if (l.input().payerClaims().signum() > 0) {
                item.add(amount("offer.line.payers", l.input().payerClaims()));
            }
            Paragraph net = amount("offer.line.net", l.net());
            net.addClassName("net");
            item.add(net);
            list.add(item);
        }
        s.add(list);
        Paragraph total = amount("offer.totals", f.totals().net());
        total.addClassName("offer-total");
        s.add(total);
        return s;
    }

    /** One paragraph, one text: a line's amounts are most of the review's nodes. */
    private Paragraph amount(String key, BigDecimal value) {
        Paragraph p = new Paragraph(getTranslation(key) + " : " + euros(value));
        p.addClassName("amount");
        return p;
    }

    private Section completeness(OfferReview review) {
        Section s = card("offer-completeness", "offer.completeness.title");
        if (review.complete()) {
            s.add(new Paragraph(getTranslation("offer.completeness.ok")));
            return s;
        }
        UnorderedList list = new UnorderedList();
        for (OfferReview.Missing m : review.missing()) {
            ListItem item = new ListItem(
                    getTranslation("offer.missing." + m.element(), m.head() == null ? "" : head(m.head())));
            item.addClassName("missing");
            list.add(item);
        }
        s.add(list);
        return s;
    }

    private Section timeliness(OfferReview review) {
        Section s = card("offer-timeliness", "offer.timeliness.title");
        OfferReview.Timeliness t = review.timeliness();
        if (t.aggravation()) {
            s.add(new Paragraph(getTranslation("offer.timeliness.aggravation")));
        } else {
            String basis = basis(t, review.offer());
            if (basis != null) {
                Paragraph b = new Paragraph(basis);
                b.addClassName("offer-timeliness-basis");
                s.add(b);
            }
            if (!t.late()) {
                if (t.showsOnTime()) {
                    s.add(new Paragraph(getTranslation("offer.timeliness.onTime")));
                }
            } else {
                s.add(new Paragraph(getTranslation(
                        "offer.timeliness.late",
                        Formats.date(t.missed().dueDate(), getLocale()),
                        t.missed().legalBasis())));
                PenaltyEstimate p = t.penalty();
                s.add(new Paragraph(getTranslation(
                        "offer.timeliness.penalty",
                        euros(p.total()),
                        Formats.date(p.from(), getLocale()),
                        Formats.date(p.to(), getLocale()))));
                for (PenaltyEstimate.Gap gap : p.gaps()) {
                    Paragraph unavailable = new Paragraph(getTranslation(
                            PenaltyEstimate.UNAVAILABLE_KEY,
                            Formats.date(gap.from(), getLocale()),
                            Formats.date(gap.to(), getLocale())));
                    unavailable.addClassName("estimate-unavailable");
                    s.add(unavailable);
                }
                s.add(new Paragraph(getTranslation("offer.timeliness.base", euros(p.base()))));
                s.add(new Paragraph(getTranslation(PenaltyEstimate.DISCLAIMER_KEY)));
            }
        }
        if (!review.complete()) {
            s.add(new Paragraph(getTranslation("offer.timeliness.incompleteNote")));
        }
        return s;
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

    private Section benchmarks(OfferReview review) {
        Section s = card("offer-benchmarks", "offer.benchmark.title");
        UnorderedList list = new UnorderedList();
        for (OfferReview.HeadBenchmark b : review.benchmarks()) {
            switch (b.status()) {
                case NO_BENCHMARK -> {
                    list.add(new ListItem(getTranslation("offer.benchmark.none", head(b.head()))));
                    s.add(new Paragraph(getTranslation("offer.benchmark.howToLoad")));
                }
                case NEEDS_GRADE ->
                    list.add(new ListItem(getTranslation("offer.benchmark.needsGrade", head(b.head()))));
                case COMPARED ->
                    b.comparisons().forEach(c -> {
                        ListItem item = new ListItem(getTranslation(
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
                                getTranslation("offer.benchmark." + c.position())));
                        item.addClassName("benchmark-" + c.position().name().toLowerCase(Locale.ROOT));
                        list.add(item);
                    });
            }
        }
        s.addComponentAtIndex(1, list);
        s.add(new Paragraph(getTranslation("offer.benchmark.disclaimer")));
        return s;
    }

    private Section card(String className, String titleKey) {
        Section s = new Section(new H2(getTranslation(titleKey)));
        s.addClassNames("card", className);
        return s;
    }
}
