package fr.victimportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.victimportal.account.AccountLinks;
import fr.victimportal.account.PasswordPolicy;
import fr.victimportal.account.Throttle;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.Refusals;

/** A victim creates their account: a name, an email they will confirm, a long password; nothing else is asked. */
@Route(value = "inscription", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;

    public SignUpView(AccountLinks links, AuthenticationContext authentication, Throttle throttle) {
        this.authentication = authentication;
        addClassNames("portal-page", "login-page");
        TextField name = new TextField(getTranslation("signup.name"));
        name.setMaxLength(120);
        name.setAutocomplete(Autocomplete.NAME);
        EmailField email = new EmailField(getTranslation("signup.email"));
        email.setMaxLength(254);
        email.setAutocomplete(Autocomplete.EMAIL);
        PasswordField password = new PasswordField(getTranslation("signup.password"));
        password.setHelperText(getTranslation("signup.password.help", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Checkbox privacy = new Checkbox(getTranslation("signup.privacy"));
        Button create = new Button(getTranslation("signup.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        Div form = new Div(name, email, password, privacy, create);
        form.addClassName("form-column");
        Div card = new Div(
                new H1(getTranslation("signup.title")),
                new Paragraph(getTranslation("signup.intro")),
                form,
                new Paragraph(new Anchor("login", getTranslation("signup.haveAccount"))));
        card.addClassName("login-card");
        add(card);
        Refusals refusals =
                Refusals.of(this).inNotification(NotificationVariant.LUMO_ERROR).reenabling(create);
        create.addClickListener(e -> refusals.attempt(() -> {
            if (!privacy.getValue()) {
                throw new UserInputException("privacy", "signup.error.privacy");
            }
            if (!Throttled.allow(throttle, Throttle.Kind.SIGN_UP, this)) {
                create.setEnabled(true);
                return;
            }
            links.signUp(email.getValue(), name.getValue(), password.getValue(), getLocale());
            String address = email.getValue();
            Button resend = new Button(getTranslation("signup.resend"), r -> {
                if (!Throttled.allow(throttle, Throttle.Kind.RESET, this)) {
                    return;
                }
                links.resendVerification(address);
                Notification.show(getTranslation("signup.resent"));
            });
            resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.removeAll();
            card.add(
                    new H1(getTranslation("signup.sent.title")),
                    new Paragraph(getTranslation("signup.sent.message", address)),
                    resend,
                    new Paragraph(new Anchor("login", getTranslation("signup.toLogin"))));
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " · " + getTranslation("app.name");
    }
}
