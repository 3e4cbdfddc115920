package fr.victimportal.expertise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.ReportFacts.DftPeriod;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.expertise.ReportInput;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.Refusals;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the expert's report states (consolidation, DFT, SE, PE, DFP, other heads) in one sentence, and, for whoever
 * may record it, the form to copy those figures from the report.
 */
class ReportFiguresForm extends Section {

    /** How many DFT periods (each at one class) the form offers. */
    private static final int DFT_ROWS = 3;

    private final List<DatePicker[]> periods = new ArrayList<>();
    private final List<Select<Integer>> rates = new ArrayList<>();

    ReportFiguresForm(Examinations examinations, Clock clock, ClaimFile claim, Runnable saved) {
        add(new H2(getTranslation("exam.report.figures.title")));
        addClassNames("card", "report-figures");
        examinations
                .latestReport(claim.reference())
                .ifPresentOrElse(
                        r -> add(new Paragraph(summary(r))),
                        () -> add(new Paragraph(getTranslation("exam.report.figures.none"))));
        if (examinations.mayRecordReport(claim)) {
            add(new Paragraph(getTranslation("exam.report.figures.help")));
            add(form(examinations, LocalDate.now(clock.withZone(ClockConfiguration.PARIS)), claim.reference(), saved));
        }
    }

    private String summary(ReportInput r) {
        List<String> parts = new ArrayList<>();
        if (r.consolidation() != null) {
            parts.add(getTranslation("exam.report.figures.consolidation", date(r.consolidation())));
        }
        if (!r.dft().isEmpty()) {
            parts.add(getTranslation(
                    "exam.report.figures.dft",
                    r.dftFullDays().stripTrailingZeros().toPlainString()));
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
            parts.add(getTranslation(
                    "exam.report.figures.others",
                    r.otherHeads().stream()
                            .sorted(Comparator.comparing(DintilhacHead::name))
                            .map(head -> getTranslation(head.messageKey()))
                            .collect(Collectors.joining(", "))));
        }
        return getTranslation("exam.report.figures.summary", date(r.reportDate()), String.join(" ; ", parts));
    }

    private Div form(Examinations examinations, LocalDate today, String reference, Runnable saved) {
        DatePicker reportDate = Fields.datePicker(getTranslation("exam.report.form.reportDate"), today);
        DatePicker consolidation = Fields.datePicker(getTranslation("exam.report.form.consolidation"), today);
        Div column = new Div(reportDate, consolidation);
        for (int i = 0; i < DFT_ROWS; i++) {
            column.add(dftRow(today));
        }
        List<BigDecimal> steps = IntStream.rangeClosed(1, 14)
                .mapToObj(i -> BigDecimal.valueOf(i).divide(BigDecimal.valueOf(2)))
                .toList();
        Select<BigDecimal> se = gradeSelect("exam.report.form.se", steps);
        Select<BigDecimal> pet = gradeSelect("exam.report.form.pet", steps);
        Select<BigDecimal> pep = gradeSelect("exam.report.form.pep", steps);
        IntegerField dfp = new IntegerField(getTranslation("exam.report.form.dfp"));
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
        Refusals refusals = Refusals.of(this).inParagraph(error).reenabling(save);
        save.addClickListener(e -> refusals.attempt(() -> {
            examinations.recordReport(
                    reference,
                    new ReportInput(
                            reportDate.getValue(),
                            consolidation.getValue(),
                            dft(),
                            se.getValue(),
                            pet.getValue(),
                            pep.getValue(),
                            dfp.getValue(),
                            others.getValue()));
            Notification.show(getTranslation("exam.report.form.saved"));
            saved.run();
        }));
        column.add(se, pet, pep, dfp, others, error, save);
        column.addClassName("form-column");
        return column;
    }

    private Div dftRow(LocalDate today) {
        DatePicker from = Fields.datePicker(getTranslation("exam.report.form.dftFrom"), today);
        DatePicker to = Fields.datePicker(getTranslation("exam.report.form.dftTo"), today);
        Select<Integer> rate = new Select<>();
        rate.setLabel(getTranslation("exam.report.form.dftRate"));
        rate.setItems(100, 75, 50, 25, 10);
        rate.setItemLabelGenerator(r -> r + " %");
        rate.setValue(100);
        periods.add(new DatePicker[] {from, to});
        rates.add(rate);
        Div row = new Div(from, to, rate);
        row.addClassName("dft-row");
        return row;
    }

    /** The DFT periods typed in: a row with either date set counts; the service checks the rest. */
    private List<DftPeriod> dft() {
        List<DftPeriod> dft = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            DatePicker[] p = periods.get(i);
            if (p[0].getValue() != null || p[1].getValue() != null) {
                dft.add(new DftPeriod(
                        p[0].getValue(),
                        p[1].getValue(),
                        rates.get(i).getValue() == null ? 0 : rates.get(i).getValue()));
            }
        }
        return dft;
    }

    private Select<BigDecimal> gradeSelect(String key, List<BigDecimal> steps) {
        Select<BigDecimal> select = new Select<>();
        select.setLabel(getTranslation(key));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("—");
        select.setItems(steps);
        select.setItemLabelGenerator(g -> g == null ? "—" : grade(g) + "/7");
        return select;
    }

    private String grade(BigDecimal g) {
        return g.stripTrailingZeros()
                .toPlainString()
                .replace('.', getLocale().getLanguage().equals("fr") ? ',' : '.');
    }

    private String date(LocalDate d) {
        return Formats.date(d, getLocale());
    }
}
