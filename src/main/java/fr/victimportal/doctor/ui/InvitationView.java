package fr.victimportal.doctor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.victimportal.doctor.AssistingDoctors;
import fr.victimportal.shared.UserInputException;

/**
 * The link of a victim's invitation to their doctor ({@code /invitation-medecin/<token>}): a new doctor creates their
 * account here; one who has an account accepts once signed in. Expired or unknown links say so and change nothing.
 */
@Route(value = "invitation-medecin/:token?", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AssistingDoctors doctors;
    private final Div card = new Div();

    public InvitationView(AssistingDoctors doctors) {
        this.doctors = doctors;
        addClassNames("portal-page", "login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse(null);
        AssistingDoctors.InvitationInfo info = doctors.invitation(token);
        card.removeAll();
        card.add(new H1(getTranslation("invitation.title")));
        if (info.outcome() != AssistingDoctors.Outcome.USABLE) {
            card.add(new Paragraph(getTranslation(info.outcome() == AssistingDoctors.Outcome.EXPIRED
                    ? "invitation.expired" : "invitation.unknown")));
            return;
        }
        card.add(new Paragraph(getTranslation("invitation.lead", info.doctorName(), info.claimReference())),
                new Paragraph(getTranslation("invitation.what")));
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button accept = new Button(getTranslation("invitation.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setDisableOnClick(true);
        if (info.accountActive()) {
            card.add(new Paragraph(getTranslation("invitation.existing", info.email())));
            accept.addClickListener(e -> accept(token, null, null, error, accept));
            card.add(error, accept, new Anchor("login", getTranslation("invitation.signIn")));
        } else {
            TextField name = new TextField(getTranslation("invitation.name"));
            name.setValue(info.doctorName());
            name.setMaxLength(120);
            PasswordField password = new PasswordField(getTranslation("invitation.password"));
            password.setHelperText(getTranslation("signup.password.help", fr.victimportal.account.PasswordPolicy.MIN_LENGTH));
            accept.addClickListener(e -> accept(token, name.getValue(), password.getValue(), error, accept));
            Div column = new Div(new Paragraph(getTranslation("invitation.newAccount", info.email())), name,
                    password, error, accept);
            column.addClassName("form-column");
            card.add(column);
        }
    }

    private void accept(String token, String name, String password, Paragraph error, Button accept) {
        try {
            doctors.accept(token, name, password);
            card.removeAll();
            card.add(new H1(getTranslation("invitation.title")), new Paragraph(getTranslation("invitation.done")),
                    new Anchor("login", getTranslation("invitation.signIn")));
        } catch (UserInputException refusal) {
            error.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
            error.setVisible(true);
            accept.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " · " + getTranslation("app.name");
    }
}
