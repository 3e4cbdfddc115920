package fr.victimportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.victimportal.account.AccountLinks;
import fr.victimportal.account.PasswordPolicy;
import fr.victimportal.shared.ui.Refusals;

/** The link from the reset mail: a new password, once; an expired or used link says so and offers a new one. */
@Route(value = "nouveau-mot-de-passe/:token", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends CardPage implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountLinks links;

    public ResetPasswordView(AccountLinks links) {
        this.links = links;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        card.removeAll();
        String token = event.getRouteParameters().get("token").orElse(null);
        if (!links.resetUsable(token)) {
            expired();
            return;
        }
        PasswordField password = new PasswordField(getTranslation("reset.new"));
        password.setHelperText(getTranslation("signup.password.help", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Button save = new Button(getTranslation("reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        Refusals refusals =
                Refusals.of(this).inNotification(NotificationVariant.LUMO_ERROR).reenabling(save);
        save.addClickListener(e -> refusals.attempt(() -> {
            if (links.resetPassword(token, password.getValue()) == AccountLinks.Outcome.DONE) {
                card.removeAll();
                card.add(
                        new H1(getTranslation("reset.done.title")),
                        new Paragraph(getTranslation("reset.done.message")),
                        new Paragraph(new Anchor("login", getTranslation("signup.toLogin"))));
            } else {
                expired();
            }
        }));
        Div form = new Div(password, save);
        form.addClassName("form-column");
        card.add(new H1(getTranslation("reset.title")), form);
    }

    private void expired() {
        card.removeAll();
        card.add(
                new H1(getTranslation("reset.title")),
                new Paragraph(getTranslation("reset.expired")),
                new Paragraph(new Anchor("mot-de-passe-oublie", getTranslation("reset.again"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · " + getTranslation("app.name");
    }
}
