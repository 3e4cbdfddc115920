package fr.victimportal.expertise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.ClaimFile;
import fr.victimportal.claim.Relation;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.expertise.NoticeInput;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.Fields;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The insurer's medical examination: the notice and what the law says of it ({@link NoticeCard}), the figures of the
 * expert's report ({@link ReportFiguresForm}), and the form to record a notice.
 */
@Route(value = "dossier/:reference/examen", layout = MainLayout.class)
@PermitAll
public class ExaminationView extends ClaimPage<ClaimFile> {

    private final Examinations examinations;
    private final Clock clock;
    private String reader = "";
    private String reference;

    public ExaminationView(Examinations examinations, Clock clock) {
        super("exam.pageTitle");
        this.examinations = examinations;
        this.clock = clock;
        addClassNames("portal-page", "examination-page");
    }

    @Override
    protected ClaimFile open(String reference) {
        return examinations.claim(reference);
    }

    @Override
    protected void show(ClaimFile claim) {
        reference = claim.reference();
        removeAll();
        // the victim reads "you"; a caseworker, an agent or a doctor reads "the victim"
        reader = claim.viewer() == Relation.OWNER ? "" : ".other";
        add(new H1(getTranslation("exam.title", reference)), new Paragraph(getTranslation("exam.intro" + reader)));
        examinations.latest(reference).ifPresentOrElse(
                f -> add(new NoticeCard(examinations, clock, reference, reader, f, this::reload)),
                () -> add(new Paragraph(getTranslation("exam.none"))));
        add(new ReportFiguresForm(examinations, clock, claim, this::reload));
        if (examinations.mayRecord(claim)) {
            add(form());
        }
        add(new Anchor("dossier/" + reference, getTranslation("exam.back")));
    }

    private Section form() {
        Section form = new Section(new H2(getTranslation("exam.form.title")),
                new Paragraph(getTranslation("exam.form.help")));
        form.addClassNames("card", "exam-form");
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.PARIS));
        TextField doctor = new TextField(getTranslation("exam.form.doctor"));
        doctor.setMaxLength(120);
        doctor.setRequiredIndicatorVisible(true);
        TextField qualifications = new TextField(getTranslation("exam.form.qualifications"));
        qualifications.setMaxLength(200);
        TextArea purpose = new TextArea(getTranslation("exam.form.purpose"));
        purpose.setMaxLength(400);
        DatePicker examDate = Fields.datePicker(getTranslation("exam.form.date"), null);
        examDate.setRequiredIndicatorVisible(true);
        TimePicker time = new TimePicker(getTranslation("exam.form.time"));
        time.setLocale(getLocale());
        TextField place = new TextField(getTranslation("exam.form.place"));
        place.setMaxLength(300);
        TextField insurer = new TextField(getTranslation("exam.form.insurer"));
        insurer.setMaxLength(120);
        Checkbox assistance = new Checkbox(getTranslation("exam.form.assistance" + reader));
        DatePicker received = Fields.datePicker(getTranslation("exam.form.received" + reader), today);
        received.setRequiredIndicatorVisible(true);
        Div fields = new Div(doctor, qualifications, purpose, examDate, time, place, insurer, assistance, received);
        fields.addClassName("form-column");
        Button save = new Button(getTranslation("exam.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        Refusals refusals = Refusals.of(this).inNotification(NotificationVariant.LUMO_ERROR).reenabling(save);
        save.addClickListener(e -> refusals.attempt(() -> {
            examinations.record(reference, new NoticeInput(doctor.getValue(), qualifications.getValue(),
                    purpose.getValue(), examDate.getValue(), time.getValue(), place.getValue(), insurer.getValue(),
                    assistance.getValue(), received.getValue()));
            Notification.show(getTranslation("exam.form.saved"));
            reload();
        }));
        form.add(fields, save);
        return form;
    }
}
