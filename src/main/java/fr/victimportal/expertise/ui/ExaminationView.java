package fr.victimportal.expertise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Route;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.shared.ClockConfiguration;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The insurer's medical examination: the notice and what the law says of it ({@link NoticeCard}), the figures of the
 * expert's report ({@link ReportFiguresForm}), and the form to record a notice ({@link NoticeForm}).
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
        examinations
                .latest(reference)
                .ifPresentOrElse(
                        f -> add(new NoticeCard(examinations, clock, reference, reader, f, this::reload)),
                        () -> add(new Paragraph(getTranslation("exam.none"))));
        add(new ReportFiguresForm(examinations, clock, claim, this::reload));
        if (examinations.mayRecord(claim)) {
            add(form());
        }
        add(new Anchor("dossier/" + reference, getTranslation("exam.back")));
    }

    private Section form() {
        Section form =
                new Section(new H2(getTranslation("exam.form.title")), new Paragraph(getTranslation("exam.form.help")));
        form.addClassNames("card", "exam-form");
        NoticeForm fields = new NoticeForm(LocalDate.now(clock.withZone(ClockConfiguration.PARIS)), reader);
        Div column = new Div(fields);
        column.addClassName("form-column");
        Button save = new Button(getTranslation("exam.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        Refusals refusals =
                Refusals.of(this).inNotification(NotificationVariant.LUMO_ERROR).reenabling(save);
        save.addClickListener(e -> fields.read()
                .ifPresentOrElse(
                        notice -> refusals.attempt(() -> {
                            examinations.record(reference, notice);
                            Notification.show(getTranslation("exam.form.saved"));
                            reload();
                        }),
                        () -> save.setEnabled(true)));
        form.add(column, save);
        return form;
    }
}
