package fr.victimportal.claim.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.deadline.Actor;
import fr.victimportal.deadline.AppliedInterpretation;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineNote;
import fr.victimportal.deadline.ShiftReason;
import fr.victimportal.shared.Formats;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every deadline of the claim with its date, days left, article, a one-line explanation, its notes and the reading
 * used where the law is debated. A passed insurer deadline is shown as the insurer's lateness, never as the victim's
 * fault; one met after its date says so in words, and an offer made late links to the L211-13 estimate.
 */
class DeadlineList extends Section {

    /** Deadline codes whose texts speak of the victim's own state, with a variant for a representative. */
    private static final Set<String> VOICED = Set.of(
            "POST_CONSOLIDATION_QUESTIONNAIRE_ANSWER",
            "OFFER_8M",
            "OFFER_DEFINITIVE_5M",
            "LIMITATION",
            "AGGRAVATION_LIMITATION",
            "WITHDRAWAL");

    private final boolean representative;
    private final String reference;

    DeadlineList(List<ClaimDeadlines.ClaimDeadline> deadlines, LocalDate today) {
        this(deadlines, today, false, null);
    }

    /**
     * @param representative the claim is filled in by the victim's representative ({@link Voice})
     * @param reference      the claim's reference, for the link to its offer page; {@code null} for no link
     */
    DeadlineList(
            List<ClaimDeadlines.ClaimDeadline> deadlines, LocalDate today, boolean representative, String reference) {
        this.representative = representative;
        this.reference = reference;
        addClassNames("card", "deadline-list");
        add(new H2(getTranslation("dashboard.deadlines")));
        if (deadlines.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.deadlines.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        deadlines.stream()
                .sorted(Comparator.comparing(d -> d.deadline().dueDate()))
                .forEach(d -> list.add(item(d, today)));
        add(list);
    }

    private ListItem item(ClaimDeadlines.ClaimDeadline claimDeadline, LocalDate today) {
        Deadline d = claimDeadline.deadline();
        String code = d.code().name();
        long days = ChronoUnit.DAYS.between(today, d.dueDate());
        ListItem item = new ListItem();
        item.addClassNames("deadline", "actor-" + d.actor().name().toLowerCase(Locale.ROOT));
        H3 title = new H3(getTranslation("deadline." + code + ".title"));
        Span date = new Span(getTranslation("dashboard.deadline.due", Formats.date(d.dueDate(), getLocale())));
        date.addClassName("deadline-date");
        boolean doneLate = claimDeadline.done() && claimDeadline.doneOn().isAfter(d.dueDate());
        Span status = new Span(
                doneLate
                        ? getTranslation(
                                "dashboard.deadline.doneLate",
                                Formats.date(claimDeadline.doneOn(), getLocale()),
                                ChronoUnit.DAYS.between(d.dueDate(), claimDeadline.doneOn()))
                        : claimDeadline.done()
                                ? getTranslation(
                                        "dashboard.deadline.done", Formats.date(claimDeadline.doneOn(), getLocale()))
                                : status(d, days));
        status.addClassNames(
                "deadline-status",
                doneLate
                        ? "done-late"
                        : claimDeadline.done() ? "done" : days < 0 ? "overdue" : days <= 7 ? "soon" : "later");
        if (claimDeadline.done()) {
            item.addClassName(doneLate ? "done-late" : "done");
        }
        item.add(title, date, status, new Paragraph(getTranslation(voiced(code, "explanation"))));
        if (doneLate && d.code().isOfferDeadline() && reference != null) {
            // L211-13: the offer made after the deadline bears interest at twice the legal rate; the offer page
            // shows the estimate.
            Anchor estimate =
                    new Anchor("dossier/" + reference + "/offre", getTranslation("dashboard.deadline.lateEstimate"));
            estimate.addClassName("late-estimate");
            item.add(new Paragraph(estimate));
        }
        for (DeadlineNote note : d.notes()) {
            Paragraph p = new Paragraph(getTranslation(note.messageKey()));
            p.addClassName("deadline-note");
            item.add(p);
        }
        if (claimDeadline.minority() != null) {
            // C. civ. 2235: the date above stays the date to act; the later end is told, never relied on
            Paragraph p = new Paragraph(getTranslation(
                    "deadline.note.minoritySuspendsLimitation",
                    Formats.date(claimDeadline.minority().majority(), getLocale()),
                    Formats.date(claimDeadline.minority().likelyEnd(), getLocale())));
            p.addClassNames("deadline-note", "minority-limitation");
            item.add(p);
        }
        for (AppliedInterpretation reading : d.interpretations()) {
            Paragraph p = new Paragraph(getTranslation(reading.messageKey()));
            p.addClassName("deadline-interpretation");
            item.add(p);
        }
        if (d.shiftReason() != ShiftReason.NONE) {
            item.add(new Paragraph(
                    getTranslation("dashboard.deadline.shifted", Formats.date(d.nominalDate(), getLocale()))));
        }
        if (days < 0 && !claimDeadline.done()) {
            item.add(new Paragraph(getTranslation(voiced(code, "ifMissed"))));
        }
        Span basis = new Span(getTranslation("claim.basis", d.legalBasis()));
        basis.addClassName("basis");
        item.add(basis);
        return item;
    }

    private String voiced(String code, String part) {
        String key = "deadline." + code + "." + part;
        boolean variant =
                representative && VOICED.contains(code) && ("explanation".equals(part) || "WITHDRAWAL".equals(code));
        return variant ? key + ".rep" : key;
    }

    private String status(Deadline d, long days) {
        if (days > 0) {
            return getTranslation("dashboard.deadline.daysLeft", days);
        }
        if (days == 0) {
            return getTranslation("dashboard.deadline.today");
        }
        return d.actor() == Actor.VICTIM
                ? getTranslation("dashboard.deadline.passed", -days)
                : getTranslation(
                        "dashboard.deadline.otherLate",
                        getTranslation("deadline.actor." + d.actor().name()),
                        -days);
    }
}
