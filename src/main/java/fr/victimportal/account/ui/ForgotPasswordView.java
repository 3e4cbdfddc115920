package fr.victimportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.victimportal.account.AccountLinks;
import fr.victimportal.account.Throttle;

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
@Route(value = "mot-de-passe-oublie", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    public ForgotPasswordView(AccountLinks links, Throttle throttle) {
        addClassNames("portal-page", "login-page");
        Div card = new Div();
        card.addClassName("login-card");
        EmailField email = new EmailField(getTranslation("signup.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        Button send = new Button(getTranslation("reset.request.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            if (!Throttled.allow(throttle, Throttle.Kind.RESET, this)) {
                send.setEnabled(true);
                return;
            }
            links.requestPasswordReset(email.getValue());
            card.removeAll();
            card.add(
                    new H1(getTranslation("reset.request.title")),
                    new Paragraph(getTranslation("reset.request.sent", email.getValue())),
                    new Paragraph(new Anchor("login", getTranslation("signup.toLogin"))));
        });
        Div form = new Div(email, send);
        form.addClassName("form-column");
        card.add(
                new H1(getTranslation("reset.request.title")),
                new Paragraph(getTranslation("reset.request.intro")),
                form,
                new Paragraph(new Anchor("login", getTranslation("signup.toLogin"))));
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.request.title") + " · " + getTranslation("app.name");
    }
}
