package fr.victimportal.claim.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.deadline.Actor;
import fr.victimportal.deadline.AppliedInterpretation;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineNote;
import fr.victimportal.deadline.ShiftReason;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.StaticHtml;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Every deadline of the claim with its date, days left, article, a one-line explanation, its notes and the reading
 * used where the law is debated. A passed insurer deadline is shown as the insurer's lateness, never as the victim's
 * fault; one met after its date says so in words, and an offer made late links to the L211-13 estimate. Written as
 * one {@link StaticHtml} card (one state node).
 */
class DeadlineList extends Composite<Html> {

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
    private final Html card;

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
        Element section = StaticHtml.root("section", "card", "deadline-list");
        StaticHtml.add(section, "h2", getTranslation("dashboard.deadlines"));
        if (deadlines.isEmpty()) {
            StaticHtml.add(section, "p", getTranslation("dashboard.deadlines.none"));
        } else {
            Element list = section.appendElement("ul");
            deadlines.stream()
                    .sorted(Comparator.comparing(d -> d.deadline().dueDate()))
                    .forEach(d -> item(list, d, today));
        }
        card = StaticHtml.component(section);
    }

    @Override
    protected Html initContent() {
        return card;
    }

    private void item(Element list, ClaimDeadlines.ClaimDeadline claimDeadline, LocalDate today) {
        Deadline d = claimDeadline.deadline();
        String code = d.code().name();
        long days = ChronoUnit.DAYS.between(today, d.dueDate());
        Element item = list.appendElement("li")
                .addClass("deadline")
                .addClass("actor-" + d.actor().name().toLowerCase(Locale.ROOT));
        boolean doneLate = claimDeadline.done() && claimDeadline.doneOn().isAfter(d.dueDate());
        if (claimDeadline.done()) {
            item.addClass(doneLate ? "done-late" : "done");
        }
        StaticHtml.add(item, "h3", getTranslation("deadline." + code + ".title"));
        StaticHtml.add(
                item,
                "span",
                getTranslation("dashboard.deadline.due", Formats.date(d.dueDate(), getLocale())),
                "deadline-date");
        String status = doneLate
                ? getTranslation(
                        "dashboard.deadline.doneLate",
                        Formats.date(claimDeadline.doneOn(), getLocale()),
                        ChronoUnit.DAYS.between(d.dueDate(), claimDeadline.doneOn()))
                : claimDeadline.done()
                        ? getTranslation("dashboard.deadline.done", Formats.date(claimDeadline.doneOn(), getLocale()))
                        : status(d, days);
        StaticHtml.add(
                item,
                "span",
                status,
                "deadline-status",
                doneLate
                        ? "done-late"
                        : claimDeadline.done() ? "done" : days < 0 ? "overdue" : days <= 7 ? "soon" : "later");
        StaticHtml.add(item, "p", getTranslation(voiced(code, "explanation")));
        if (doneLate && d.code().isOfferDeadline() && reference != null) {
            // L211-13: the offer made after the deadline bears interest at twice the legal rate; the offer page
            // shows the estimate.
            StaticHtml.add(
                            item.appendElement("p"),
                            "a",
                            getTranslation("dashboard.deadline.lateEstimate"),
                            "late-estimate")
                    .attr("href", "dossier/" + reference + "/offre");
        }
        for (DeadlineNote note : d.notes()) {
            StaticHtml.add(item, "p", getTranslation(note.messageKey()), "deadline-note");
        }
        if (claimDeadline.minority() != null) {
            // C. civ. 2235: the date above stays the date to act; the later end is told, never relied on
            StaticHtml.add(
                    item,
                    "p",
                    getTranslation(
                            "deadline.note.minoritySuspendsLimitation",
                            Formats.date(claimDeadline.minority().majority(), getLocale()),
                            Formats.date(claimDeadline.minority().likelyEnd(), getLocale())),
                    "deadline-note",
                    "minority-limitation");
        }
        for (AppliedInterpretation reading : d.interpretations()) {
            StaticHtml.add(item, "p", getTranslation(reading.messageKey()), "deadline-interpretation");
        }
        if (d.shiftReason() != ShiftReason.NONE) {
            StaticHtml.add(
                    item,
                    "p",
                    getTranslation("dashboard.deadline.shifted", Formats.date(d.nominalDate(), getLocale())));
        }
        if (days < 0 && !claimDeadline.done()) {
            StaticHtml.add(item, "p", getTranslation(voiced(code, "ifMissed")));
        }
        StaticHtml.add(item, "span", getTranslation("claim.basis", d.legalBasis()), "basis");
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
