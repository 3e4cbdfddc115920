package fr.victimportal.deadline.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.victimportal.deadline.Adjustment;
import fr.victimportal.deadline.AppliedInterpretation;
import fr.victimportal.deadline.Deadline;
import fr.victimportal.deadline.DeadlineNote;
import fr.victimportal.deadline.ShiftReason;
import fr.victimportal.shared.Formats;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The calculator's answer: each deadline in date order, who must act, why the date moved, its notes, the reading used
 * where the law is debated, and the article.
 */
class DeadlineTimeline extends Section {

    DeadlineTimeline(List<Deadline> deadlines, LocalDate today) {
        addClassNames("card", "deadline-timeline");
        add(new H2(getTranslation("calculator.result", deadlines.size())));
        OrderedList list = new OrderedList();
        for (Deadline d : deadlines) {
            list.add(item(d, today));
        }
        add(list);
    }

    private ListItem item(Deadline d, LocalDate today) {
        String code = d.code().name();
        ListItem item = new ListItem();
        item.addClassName("deadline");
        Span due = new Span(Formats.date(d.dueDate(), getLocale()));
        due.addClassName("deadline-date");
        Span who = new Span(getTranslation(
                "calculator.who", getTranslation("deadline.actor." + d.actor().name())));
        who.addClassName("deadline-actor");
        item.add(new H3(getTranslation("deadline." + code + ".title")), due, who);
        long days = ChronoUnit.DAYS.between(today, d.dueDate());
        Span relative =
                new Span(getTranslation(days >= 0 ? "calculator.inDays" : "calculator.daysAgo", Math.abs(days)));
        relative.addClassName("deadline-status");
        item.add(relative, new Paragraph(getTranslation("deadline." + code + ".explanation")));
        if (d.shiftReason() != ShiftReason.NONE) {
            String nominal = Formats.date(d.nominalDate(), getLocale());
            item.add(new Paragraph(
                    d.shiftHoliday() != null
                            ? getTranslation(
                                    "calculator.shifted.holiday",
                                    nominal,
                                    getTranslation("deadline.holiday."
                                            + d.shiftHoliday().name()))
                            : getTranslation(
                                    "calculator.shifted.weekend",
                                    nominal,
                                    getTranslation(
                                            "deadline.shift." + d.shiftReason().name()))));
        }
        for (Adjustment a : d.adjustments()) {
            item.add(new Paragraph(
                    getTranslation("deadline.adjustment." + a.rule().name()) + " (" + a.legalBasis() + ")"));
        }
        for (DeadlineNote note : d.notes()) {
            Paragraph p = new Paragraph(getTranslation(note.messageKey()));
            p.addClassName("deadline-note");
            item.add(p);
        }
        for (AppliedInterpretation reading : d.interpretations()) {
            Paragraph p = new Paragraph(getTranslation(reading.messageKey()));
            p.addClassName("deadline-interpretation");
            item.add(p);
        }
        item.add(
                new Paragraph(getTranslation("calculator.ifMissed", getTranslation("deadline." + code + ".ifMissed"))));
        Span basis = new Span(getTranslation("claim.basis", d.legalBasis()));
        basis.addClassName("basis");
        item.add(basis);
        return item;
    }
}
