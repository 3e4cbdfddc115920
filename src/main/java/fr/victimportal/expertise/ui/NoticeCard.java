package fr.victimportal.expertise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.expertise.NoticeInput;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.Refusals;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The examination notice as recorded: when, where and by whom; whether it came in time (R211-43: 15 days) and states
 * every item it must, with the victim's rights (A211-11); the appointment for a calendar; and the R211-44 report date,
 * with a letter to ask for a late report and the day the report arrived.
 */
class NoticeCard extends Div {

    private final Examinations examinations;
    private final Clock clock;
    private final String reference;
    /** "" for the victim, ".other" for anyone else on the claim. */
    private final String reader;

    private final Runnable changed;

    NoticeCard(
            Examinations examinations,
            Clock clock,
            String reference,
            String reader,
            Examinations.NoticeFile f,
            Runnable changed) {
        this.examinations = examinations;
        this.clock = clock;
        this.reference = reference;
        this.reader = reader;
        this.changed = changed;
        add(notice(f.notice()), check(f), calendar(f.notice()), report(f));
    }

    private Section notice(NoticeInput n) {
        Section card = new Section(new H2(getTranslation("exam.notice.title")));
        card.addClassNames("card", "exam-notice");
        card.add(new Paragraph(getTranslation(
                "exam.notice.when",
                date(n.examDate()),
                n.examTime() == null
                        ? getTranslation("exam.notice.noTime")
                        : n.examTime().toString(),
                n.place() == null ? getTranslation("exam.notice.noPlace") : n.place())));
        String notStated = getTranslation("exam.notice.noPlace");
        card.add(new Paragraph(getTranslation(
                "exam.notice.who",
                n.examiningDoctor(),
                n.qualifications() == null ? notStated : n.qualifications(),
                n.insurerName() == null ? notStated : n.insurerName())));
        if (n.purpose() != null) {
            card.add(new Paragraph(getTranslation("exam.notice.purpose", n.purpose())));
        }
        card.add(new Paragraph(getTranslation("exam.notice.received", date(n.noticeReceivedOn()))));
        return card;
    }

    private Section check(Examinations.NoticeFile f) {
        Section check = new Section(new H2(getTranslation("exam.check.title")));
        check.addClassName("card");
        if (f.check().timely()) {
            check.add(new Paragraph(
                    getTranslation("exam.check.timely" + reader, f.check().clearDays())));
        } else {
            Div warning = new Div(
                    new Paragraph(getTranslation(
                            "exam.check.late" + reader,
                            f.check().clearDays(),
                            date(f.check().latestReceiptDate()))),
                    new Paragraph(getTranslation("exam.check.lateRights" + reader)),
                    new Paragraph(getTranslation("exam.check.lateWhatToDo" + reader)));
            warning.addClassName("exam-warning");
            warning.getElement().setAttribute("role", "alert");
            check.add(warning);
        }
        if (f.missing().isEmpty()) {
            check.add(new Paragraph(getTranslation("exam.check.complete")));
        } else {
            check.add(new Paragraph(getTranslation("exam.check.missing")));
            UnorderedList list = new UnorderedList();
            f.missing().forEach(m -> list.add(new ListItem(getTranslation(m.messageKey()))));
            check.add(list);
        }
        check.add(new Paragraph(getTranslation("exam.rights.doctor" + reader)));
        return check;
    }

    private Anchor calendar(NoticeInput n) {
        byte[] ics = examinations.calendar(
                reference,
                getTranslation("exam.ics.summary", reference),
                getTranslation("exam.ics.description", n.examiningDoctor()),
                getTranslation("exam.ics.alarm"));
        Anchor calendar = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(ics), "examen-" + reference + ".ics", "text/calendar", ics.length)),
                getTranslation("exam.ics.link"));
        calendar.addClassName("pdf-link");
        return calendar;
    }

    private Section report(Examinations.NoticeFile f) {
        NoticeInput n = f.notice();
        Section report = new Section(new H2(getTranslation("exam.report.title")));
        report.addClassName("card");
        report.add(new Paragraph(
                getTranslation("exam.report.due" + reader, date(f.report().dueDate()))));
        if (f.reportLate()) {
            Paragraph late = new Paragraph(
                    getTranslation("exam.report.late" + reader, date(f.report().dueDate())));
            late.addClassName("exam-warning");
            report.add(
                    late,
                    new Pre(getTranslation(
                            "exam.report.letter",
                            n.insurerName() == null ? getTranslation("exam.report.letterInsurer") : n.insurerName(),
                            reference,
                            date(n.examDate()),
                            n.examiningDoctor(),
                            date(f.report().dueDate()))));
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.PARIS));
        if (f.reportReceivedOn() != null) {
            report.add(new Paragraph(getTranslation("exam.report.received", date(f.reportReceivedOn()))));
        } else if (f.mayRecord() && !today.isBefore(n.examDate())) {
            DatePicker on = Fields.datePicker(getTranslation("exam.report.receivedOn"), today);
            Button received = new Button(getTranslation("exam.report.receivedButton"));
            received.setDisableOnClick(true);
            Refusals refusals = Refusals.of(this)
                    .inNotification(NotificationVariant.LUMO_ERROR)
                    .reenabling(received);
            received.addClickListener(e -> refusals.attempt(() -> {
                examinations.reportReceived(reference, on.getValue());
                Notification.show(getTranslation("exam.report.receivedSaved"));
                changed.run();
            }));
            Div form = new Div(on, received);
            form.addClassName("form-column");
            report.add(form);
        }
        return report;
    }

    private String date(LocalDate d) {
        return Formats.date(d, getLocale());
    }
}
