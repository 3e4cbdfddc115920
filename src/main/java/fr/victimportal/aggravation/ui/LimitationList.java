package fr.victimportal.aggravation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.victimportal.aggravation.AggravationOverview;
import fr.victimportal.aggravation.AggravationOverview.Item;
import fr.victimportal.claim.model.Minority;
import fr.victimportal.deadline.AppliedInterpretation;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineNote;
import fr.victimportal.deadline.InterpretationPoint;
import fr.victimportal.shared.Formats;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The limitation dates of {@link AggravationView} (L211-19, C. civ. 2226): one line for the initial damage and one per
 * aggravation, each with the prudent reading of its end and the minority suspension when it applies.
 */
final class LimitationList {

    private final Component host;
    private final Supplier<Locale> locale;

    LimitationList(Component host, Supplier<Locale> locale) {
        this.host = host;
        this.locale = locale;
    }

    /** The limitation card: the initial damage's ten years, then each aggravation's own. */
    Section build(AggravationOverview o) {
        Section s = new Section(new H2(getTranslation("aggr.limitation.title")));
        s.addClassNames("card", "aggr-limitation");
        UnorderedList list = new UnorderedList();
        Deadline initial = o.initialLimitation();
        ListItem first = new ListItem(
                initial == null
                        ? getTranslation("aggr.limitation.initialUnknown")
                        : getTranslation(
                                "aggr.limitation.initial",
                                date(o.claim().dates().consolidation()),
                                date(initial.dueDate()),
                                initial.legalBasis()));
        readings(first, initial);
        minority(first, initial, o);
        list.add(first);
        for (Item i : o.aggravations()) {
            ListItem item = new ListItem(
                    i.limitation() == null
                            ? getTranslation("aggr.limitation.aggravationUnknown", i.number())
                            : getTranslation(
                                    "aggr.limitation.aggravation",
                                    i.number(),
                                    date(i.consolidationOn()),
                                    date(i.limitation().dueDate()),
                                    i.limitation().legalBasis()));
            readings(item, i.limitation());
            minority(item, i.limitation(), o);
            list.add(item);
        }
        s.add(list, new Paragraph(getTranslation("aggr.limitation.independent")));
        return s;
    }

    /**
     * docs/legal-notes.md: a ten-year period ending on a Saturday, Sunday or holiday is not moved; say so, and that it is the
     * prudent reading (the deadline's note and the reading the legal clock used).
     */
    private void readings(ListItem item, Deadline limitation) {
        if (limitation == null) {
            return;
        }
        for (DeadlineNote note : limitation.notes()) {
            if (note == DeadlineNote.ACT_BEFORE_NOMINAL_DATE) {
                Paragraph p = new Paragraph(getTranslation(note.messageKey()));
                p.addClassName("deadline-note");
                item.add(p);
            }
        }
        for (AppliedInterpretation reading : limitation.interpretations()) {
            if (reading.point() == InterpretationPoint.LIMITATION_ON_NON_WORKING_DAY) {
                Paragraph p = new Paragraph(getTranslation(reading.messageKey()));
                p.addClassName("deadline-interpretation");
                item.add(p);
            }
        }
    }

    /**
     * C. civ. 2235: when the victim was a minor at the consolidation, the ten years likely run from the 18th birthday;
     * the date above stays the date to act.
     */
    private void minority(ListItem item, Deadline limitation, AggravationOverview o) {
        if (limitation == null) {
            return;
        }
        Minority.limitationSuspended(o.claim(), limitation.triggerDate()).ifPresent(m -> {
            Paragraph p = new Paragraph(getTranslation(
                    "deadline.note.minoritySuspendsLimitation", date(m.majority()), date(m.likelyEnd())));
            p.addClassNames("deadline-note", "minority-limitation");
            item.add(p);
        });
    }

    private String getTranslation(String key, Object... params) {
        return host.getTranslation(key, params);
    }

    private String date(LocalDate d) {
        return Formats.date(d, locale.get());
    }
}
