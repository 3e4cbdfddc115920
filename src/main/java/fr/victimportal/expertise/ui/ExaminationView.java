package fr.victimportal.expertise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.expertise.NoticeInput;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * The insurer's medical examination: the notice and what the law says of it (R211-43: 15 days, the items it must
 * state; A211-11: the victim may refuse to attend when not told in time, and may refuse the examining doctor), the
 * appointment for a calendar, and the R211-44 report date with a letter to ask for a late report.
 */
@Route(value = "dossier/:reference/examen", layout = MainLayout.class)
@PermitAll
public class ExaminationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Examinations examinations;
    private final Clock clock;
    private String reader = "";
    private String reference;

    public ExaminationView(Examinations examinations, Clock clock) {
        this.examinations = examinations;
        this.clock = clock;
        addClassNames("portal-page", "examination-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(examinations.claim(event.getRouteParameters().get("reference").orElse(null)));
        } catch (ClaimNotFoundException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(ClaimFile claim) {
        reference = claim.reference();
        removeAll();
        // the victim reads "you"; a caseworker, an agent or a doctor reads "the victim"
        reader = claim.viewer() == fr.victimportal.claim.model.Relation.OWNER ? "" : ".other";
        add(new H1(getTranslation("exam.title", reference)), new Paragraph(getTranslation("exam.intro" + reader)));
        examinations.latest(reference).ifPresentOrElse(this::notice,
                () -> add(new Paragraph(getTranslation("exam.none"))));
        add(reportFigures(claim));
        if (examinations.mayRecord(claim)) {
            add(form());
        }
        add(new Anchor("dossier/" + reference, getTranslation("exam.back")));
    }

    private void notice(Examinations.NoticeFile f) {
        NoticeInput n = f.notice();
        Section card = new Section(new H2(getTranslation("exam.notice.title")));
        card.addClassNames("card", "exam-notice");
        card.add(new Paragraph(getTranslation("exam.notice.when", date(n.examDate()),
                n.examTime() == null ? getTranslation("exam.notice.noTime") : n.examTime().toString(),
                n.place() == null ? getTranslation("exam.notice.noPlace") : n.place())));
        String notStated = getTranslation("exam.notice.noPlace");
        card.add(new Paragraph(getTranslation("exam.notice.who", n.examiningDoctor(),
                n.qualifications() == null ? notStated : n.qualifications(),
                n.insurerName() == null ? notStated : n.insurerName())));
        if (n.purpose() != null) {
            card.add(new Paragraph(getTranslation("exam.notice.purpose", n.purpose())));
        }
        card.add(new Paragraph(getTranslation("exam.notice.received", date(n.noticeReceivedOn()))));
        add(card);

        Section check = new Section(new H2(getTranslation("exam.check.title")));
        check.addClassName("card");
        if (f.check().timely()) {
            check.add(new Paragraph(getTranslation("exam.check.timely" + reader, f.check().clearDays())));
        } else {
            Div warning = new Div(new Paragraph(getTranslation("exam.check.late" + reader, f.check().clearDays(),
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
        add(check);

        byte[] ics = examinations.calendar(reference, getTranslation("exam.ics.summary", reference),
                getTranslation("exam.ics.description", n.examiningDoctor()), getTranslation("exam.ics.alarm"));
        Anchor calendar = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(ics), "examen-" + reference + ".ics", "text/calendar", ics.length)),
                getTranslation("exam.ics.link"));
        calendar.addClassName("pdf-link");
        add(calendar);

        Section report = new Section(new H2(getTranslation("exam.report.title")));
        report.addClassName("card");
        report.add(new Paragraph(getTranslation("exam.report.due" + reader, date(f.report().dueDate()))));
        if (f.reportLate()) {
            Paragraph late = new Paragraph(getTranslation("exam.report.late" + reader, date(f.report().dueDate())));
            late.addClassName("exam-warning");
            report.add(late, new Pre(getTranslation("exam.report.letter", n.insurerName() == null
                    ? getTranslation("exam.report.letterInsurer") : n.insurerName(), reference,
                    date(n.examDate()), n.examiningDoctor(), date(f.report().dueDate()))));
        }
        if (f.reportReceivedOn() != null) {
            report.add(new Paragraph(getTranslation("exam.report.received", date(f.reportReceivedOn()))));
        } else if (f.mayRecord() && !LocalDate.now(clock.withZone(fr.victimportal.shared.ClockConfiguration.PARIS))
                .isBefore(n.examDate())) {
            DatePicker on = fr.victimportal.shared.ui.Fields.datePicker(getTranslation("exam.report.receivedOn"),
                    LocalDate.now(clock.withZone(fr.victimportal.shared.ClockConfiguration.PARIS)));
            Button received = new Button(getTranslation("exam.report.receivedButton"));
            received.setDisableOnClick(true);
            received.addClickListener(e -> {
                try {
                    examinations.reportReceived(reference, on.getValue());
                    Notification.show(getTranslation("exam.report.receivedSaved"));
                    show(examinations.claim(reference));
                } catch (UserInputException refusal) {
                    Notification.show(getTranslation(refusal.messageKey(), refusal.arguments()))
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    received.setEnabled(true);
                }
            });
            Div form = new Div(on, received);
            form.addClassName("form-column");
            report.add(form);
        }
        add(report);
    }

    private Section form() {
        Section form = new Section(new H2(getTranslation("exam.form.title")),
                new Paragraph(getTranslation("exam.form.help")));
        form.addClassNames("card", "exam-form");
        LocalDate today = LocalDate.now(clock.withZone(fr.victimportal.shared.ClockConfiguration.PARIS));
        TextField doctor = new TextField(getTranslation("exam.form.doctor"));
        doctor.setMaxLength(120);
        doctor.setRequiredIndicatorVisible(true);
        TextField qualifications = new TextField(getTranslation("exam.form.qualifications"));
        qualifications.setMaxLength(200);
        TextArea purpose = new TextArea(getTranslation("exam.form.purpose"));
        purpose.setMaxLength(400);
        DatePicker examDate = fr.victimportal.shared.ui.Fields.datePicker(getTranslation("exam.form.date"), null);
        examDate.setRequiredIndicatorVisible(true);
        TimePicker time = new TimePicker(getTranslation("exam.form.time"));
        time.setLocale(getLocale());
        TextField place = new TextField(getTranslation("exam.form.place"));
        place.setMaxLength(300);
        TextField insurer = new TextField(getTranslation("exam.form.insurer"));
        insurer.setMaxLength(120);
        Checkbox assistance = new Checkbox(getTranslation("exam.form.assistance" + reader));
        DatePicker received = fr.victimportal.shared.ui.Fields.datePicker(getTranslation("exam.form.received" + reader), today);
        received.setRequiredIndicatorVisible(true);
        Div fields = new Div(doctor, qualifications, purpose, examDate, time, place, insurer, assistance, received);
        fields.addClassName("form-column");
        Button save = new Button(getTranslation("exam.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                examinations.record(reference, new NoticeInput(doctor.getValue(), qualifications.getValue(),
                        purpose.getValue(), examDate.getValue(), time.getValue(), place.getValue(), insurer.getValue(),
                        assistance.getValue(), received.getValue()));
                Notification.show(getTranslation("exam.form.saved"));
                show(examinations.claim(reference));
            } catch (UserInputException refusal) {
                Notification.show(getTranslation(refusal.messageKey(), refusal.arguments()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                save.setEnabled(true);
            }
        });
        form.add(fields, save);
        return form;
    }

    /** What the report states (consolidation, DFT, SE, PE, DFP, other heads), and the form to copy it. */
    private Section reportFigures(ClaimFile claim) {
        Section s = new Section(new H2(getTranslation("exam.report.figures.title")));
        s.addClassNames("card", "report-figures");
        examinations.latestReport(claim.reference()).ifPresentOrElse(r -> {
            java.util.List<String> parts = new java.util.ArrayList<>();
            if (r.consolidation() != null) {
                parts.add(getTranslation("exam.report.figures.consolidation", date(r.consolidation())));
            }
            if (!r.dft().isEmpty()) {
                java.math.BigDecimal full = r.dft().stream()
                        .map(p -> java.math.BigDecimal.valueOf(p.days() * p.rate()))
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                        .divide(java.math.BigDecimal.valueOf(100));
                parts.add(getTranslation("exam.report.figures.dft", full.stripTrailingZeros().toPlainString()));
            }
            if (r.seGrade() != null) {
                parts.add(getTranslation("exam.report.figures.se", grade(r.seGrade())));
            }
            if (r.petGrade() != null) {
                parts.add(getTranslation("exam.report.figures.pet", grade(r.petGrade())));
            }
            if (r.pepGrade() != null) {
                parts.add(getTranslation("exam.report.figures.pep", grade(r.pepGrade())));
            }
            if (r.dfpRate() != null) {
                parts.add(getTranslation("exam.report.figures.dfp", r.dfpRate()));
            }
            if (!r.otherHeads().isEmpty()) {
                parts.add(getTranslation("exam.report.figures.others", r.otherHeads().stream()
                        .sorted(Comparator.comparing(DintilhacHead::name))
                        .map(head -> getTranslation(head.messageKey())).collect(Collectors.joining(", "))));
            }
            s.add(new Paragraph(getTranslation("exam.report.figures.summary", date(r.reportDate()),
                    String.join(" ; ", parts))));
        }, () -> s.add(new Paragraph(getTranslation("exam.report.figures.none"))));
        if (!examinations.mayRecordReport(claim)) {
            return s;
        }
        s.add(new Paragraph(getTranslation("exam.report.figures.help")));
        LocalDate today = LocalDate.now(clock.withZone(fr.victimportal.shared.ClockConfiguration.PARIS));
        DatePicker reportDate = fr.victimportal.shared.ui.Fields.datePicker(
                getTranslation("exam.report.form.reportDate"), today);
        DatePicker consolidation = fr.victimportal.shared.ui.Fields.datePicker(
                getTranslation("exam.report.form.consolidation"), today);
        Div column = new Div(reportDate, consolidation);
        java.util.List<DatePicker[]> periods = new java.util.ArrayList<>();
        java.util.List<com.vaadin.flow.component.select.Select<Integer>> rates = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            DatePicker from = fr.victimportal.shared.ui.Fields.datePicker(
                    getTranslation("exam.report.form.dftFrom"), today);
            DatePicker to = fr.victimportal.shared.ui.Fields.datePicker(getTranslation("exam.report.form.dftTo"), today);
            com.vaadin.flow.component.select.Select<Integer> rate = new com.vaadin.flow.component.select.Select<>();
            rate.setLabel(getTranslation("exam.report.form.dftRate"));
            rate.setItems(100, 75, 50, 25, 10);
            rate.setItemLabelGenerator(r -> r + " %");
            rate.setValue(100);
            periods.add(new DatePicker[] {from, to});
            rates.add(rate);
            Div row = new Div(from, to, rate);
            row.addClassName("dft-row");
            column.add(row);
        }
        java.util.List<java.math.BigDecimal> steps = java.util.stream.IntStream.rangeClosed(1, 14)
                .mapToObj(i -> java.math.BigDecimal.valueOf(i).divide(java.math.BigDecimal.valueOf(2))).toList();
        com.vaadin.flow.component.select.Select<java.math.BigDecimal> se = gradeSelect("exam.report.form.se", steps);
        com.vaadin.flow.component.select.Select<java.math.BigDecimal> pet = gradeSelect("exam.report.form.pet", steps);
        com.vaadin.flow.component.select.Select<java.math.BigDecimal> pep = gradeSelect("exam.report.form.pep", steps);
        com.vaadin.flow.component.textfield.IntegerField dfp = new com.vaadin.flow.component.textfield.IntegerField(
                getTranslation("exam.report.form.dfp"));
        dfp.setMin(1);
        dfp.setMax(100);
        CheckboxGroup<DintilhacHead> others = new CheckboxGroup<>(getTranslation("exam.report.form.others"));
        others.setItems(Examinations.OTHER_HEADS);
        others.setItemLabelGenerator(head -> getTranslation(head.messageKey()));
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button save = new Button(getTranslation("exam.report.form.save"));
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            java.util.List<fr.victimportal.claim.ReportFacts.DftPeriod> dft = new java.util.ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                DatePicker[] p = periods.get(i);
                if (p[0].getValue() != null || p[1].getValue() != null) {
                    dft.add(new fr.victimportal.claim.ReportFacts.DftPeriod(p[0].getValue(), p[1].getValue(),
                            rates.get(i).getValue() == null ? 0 : rates.get(i).getValue()));
                }
            }
            try {
                examinations.recordReport(reference, new fr.victimportal.expertise.ReportInput(reportDate.getValue(),
                        consolidation.getValue(), dft, se.getValue(), pet.getValue(), pep.getValue(), dfp.getValue(),
                        others.getValue()));
                Notification.show(getTranslation("exam.report.form.saved"));
                show(examinations.claim(reference));
            } catch (UserInputException refusal) {
                error.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
                error.setVisible(true);
                save.setEnabled(true);
            }
        });
        column.add(se, pet, pep, dfp, others, error, save);
        column.addClassName("form-column");
        s.add(column);
        return s;
    }

    private com.vaadin.flow.component.select.Select<java.math.BigDecimal> gradeSelect(String key,
            java.util.List<java.math.BigDecimal> steps) {
        com.vaadin.flow.component.select.Select<java.math.BigDecimal> select =
                new com.vaadin.flow.component.select.Select<>();
        select.setLabel(getTranslation(key));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("—");
        select.setItems(steps);
        select.setItemLabelGenerator(g -> g == null ? "—" : grade(g) + "/7");
        return select;
    }

    private String grade(java.math.BigDecimal g) {
        return g.stripTrailingZeros().toPlainString().replace('.', getLocale().getLanguage().equals("fr") ? ',' : '.');
    }

    private String date(LocalDate d) {
        return Formats.date(d, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exam.pageTitle") + " · " + getTranslation("app.name");
    }
}
