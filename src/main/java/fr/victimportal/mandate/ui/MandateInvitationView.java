package fr.victimportal.mandate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.victimportal.account.PasswordPolicy;
import fr.victimportal.mandate.Mandates;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.Formats;

/**
 * The link a caseworker receives ({@code /mandat/<token>}): the mandate as the victim signed it (scope, end, limits),
 * and acceptance — creating the account, or while signed in for one who has it. Expired or unknown links say so.
 */
@Route(value = "mandat/:token?", autoLayout = false)
@AnonymousAllowed
public class MandateInvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Mandates mandates;
    private final Div card = new Div();

    public MandateInvitationView(Mandates mandates) {
        this.mandates = mandates;
        addClassNames("portal-page", "login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse(null);
        Mandates.Invitation info = mandates.invitation(token);
        card.removeAll();
        card.add(new H1(getTranslation("mandate.invitation.title")));
        if (info.outcome() != Mandates.Outcome.USABLE) {
            card.add(new Paragraph(getTranslation(info.outcome() == Mandates.Outcome.EXPIRED
                    ? "invitation.expired" : "invitation.unknown")));
            return;
        }
        var m = info.mandate();
        UnorderedList scope = new UnorderedList();
        m.scope().forEach(s -> scope.add(new ListItem(getTranslation("mandate.scope." + s.name()))));
        card.add(new Paragraph(getTranslation("mandate.invitation.lead", info.memberName(), m.associationName(),
                        Formats.date(m.validUntil(), getLocale()))), scope,
                new Paragraph(getTranslation("mandate.invitation.limits")));
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button accept = new Button(getTranslation("mandate.invitation.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setDisableOnClick(true);
        if (info.accountActive()) {
            card.add(new Paragraph(getTranslation("invitation.existing", m.email())));
            accept.addClickListener(e -> accept(token, null, null, error, accept));
            card.add(error, accept, new Anchor("login", getTranslation("invitation.signIn")));
        } else {
            TextField name = new TextField(getTranslation("invitation.name"));
            name.setValue(m.caseworkerName());
            name.setMaxLength(120);
            PasswordField password = new PasswordField(getTranslation("invitation.password"));
            password.setHelperText(getTranslation("signup.password.help", PasswordPolicy.MIN_LENGTH));
            accept.addClickListener(e -> accept(token, name.getValue(), password.getValue(), error, accept));
            Div column = new Div(new Paragraph(getTranslation("mandate.invitation.newAccount", m.email())), name, password,
                    error, accept);
            column.addClassName("form-column");
            card.add(column);
        }
    }

    private void accept(String token, String name, String password, Paragraph error, Button accept) {
        try {
            mandates.accept(token, name, password);
            card.removeAll();
            card.add(new H1(getTranslation("mandate.invitation.title")),
                    new Paragraph(getTranslation("mandate.invitation.done")),
                    new Anchor("login", getTranslation("invitation.signIn")));
        } catch (UserInputException refusal) {
            error.setText(getTranslation(refusal.messageKey(), refusal.arguments()));
            error.setVisible(true);
            accept.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mandate.invitation.title") + " · " + getTranslation("app.name");
    }
}
