package fr.victimportal.doctor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fr.victimportal.doctor.AssistingDoctors;
import fr.victimportal.doctor.DoctorDirectory;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.ClaimPage;
import fr.victimportal.shared.ui.MainLayout;
import fr.victimportal.shared.ui.Refusals;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;

/**
 * The victim's assisting doctor (R211-43): who it is now, the invitation waiting for an answer, and how to choose one
 * from the directory or invite one by email. Choosing another ends the former doctor's access at once.
 */
@Route(value = "dossier/:reference/medecin", layout = MainLayout.class)
@PermitAll
public class AssistingDoctorView extends ClaimPage<AssistingDoctors.State> {

    private final AssistingDoctors doctors;
    private final DoctorDirectory directory;
    private String reference;
    private String reader = "";

    public AssistingDoctorView(AssistingDoctors doctors, DoctorDirectory directory) {
        super("doctor.assisting.pageTitle");
        this.doctors = doctors;
        this.directory = directory;
        addClassNames("portal-page", "assisting-doctor-page");
    }

    @Override
    protected AssistingDoctors.State open(String reference) {
        return doctors.state(reference);
    }

    @Override
    protected void show(AssistingDoctors.State state) {
        reference = state.claim().reference();
        removeAll();
        // the victim reads "your doctor"; anyone else on the claim reads "the victim's doctor"
        reader = state.mayChoose() ? "" : ".other";
        add(
                new H1(getTranslation("doctor.assisting.title", reference)),
                new Paragraph(getTranslation("doctor.assisting.intro" + reader)));
        Section now = new Section(new H2(getTranslation("doctor.assisting.now" + reader)));
        now.addClassNames("card", "assisting-now");
        if (state.doctors().isEmpty()) {
            now.add(new Paragraph(getTranslation("doctor.assisting.none" + reader)));
        }
        state.doctors()
                .forEach(d ->
                        now.add(new Paragraph(getTranslation("doctor.assisting.current" + reader, d.displayName()))));
        if (state.pending() != null) {
            now.add(new Paragraph(getTranslation(
                    "doctor.assisting.pending",
                    state.pending().doctorName(),
                    state.pending().email(),
                    Formats.date(
                            state.pending()
                                    .expiresAt()
                                    .atZone(ZoneId.of("Europe/Paris"))
                                    .toLocalDate(),
                            getLocale()))));
        }
        if (state.mayChoose() && (!state.doctors().isEmpty() || state.pending() != null)) {
            Button stop = new Button(getTranslation("doctor.assisting.stop"));
            stop.setDisableOnClick(true);
            stop.addClickListener(e -> act(() -> doctors.stop(reference), "doctor.assisting.stopped", stop));
            now.add(new Paragraph(getTranslation("doctor.assisting.stopHelp")), stop);
        }
        add(now);
        if (state.mayChoose()) {
            Section choose = new Section(
                    new H2(getTranslation("doctor.assisting.choose")),
                    new Paragraph(getTranslation("doctor.assisting.chooseHelp")));
            choose.addClassName("assisting-choose");
            choose.add(new DirectorySearch(directory, entry -> {
                Button pick = new Button(getTranslation("doctor.assisting.pick"));
                pick.setAriaLabel(getTranslation("doctor.assisting.pickAria", entry.name()));
                pick.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                pick.setDisableOnClick(true);
                pick.addClickListener(e -> act(
                        () -> doctors.choose(reference, entry.id(), getLocale()), "doctor.assisting.invited", pick));
                return List.of(pick);
            }));
            add(choose, byEmail());
        }
        add(new Anchor("dossier/" + reference, getTranslation("doctor.assisting.back")));
    }

    private Section byEmail() {
        Section s = new Section(new H2(getTranslation("doctor.assisting.byEmail")));
        s.addClassName("card");
        TextField name = new TextField(getTranslation("doctor.assisting.name"));
        name.setMaxLength(120);
        EmailField email = new EmailField(getTranslation("doctor.assisting.email"));
        Button invite = new Button(getTranslation("doctor.assisting.invite"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setDisableOnClick(true);
        invite.addClickListener(e -> act(
                () -> doctors.inviteByEmail(reference, name.getValue(), email.getValue(), getLocale()),
                "doctor.assisting.invited",
                invite));
        Div column = new Div(name, email, invite);
        column.addClassName("form-column");
        s.add(column);
        return s;
    }

    private void act(Runnable action, String doneKey, Button button) {
        Refusals.of(this).reenabling(button).attempt(() -> {
            action.run();
            Notification.show(getTranslation(doneKey));
            reload();
        });
    }

    /** The victim reads "your doctor"; anyone else on the claim reads "the victim's doctor". */
    @Override
    protected String titleKey() {
        return super.titleKey() + reader;
    }
}
