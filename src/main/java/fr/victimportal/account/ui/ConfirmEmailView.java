package fr.victimportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.victimportal.account.AccountLinks;
import fr.victimportal.account.Throttle;

/**
 * The link from the confirmation mail ({@code /confirmer/<token>}); without a token, or with one that expired or was
 * used, a form to get a new link.
 */
@Route(value = "confirmer/:token?", autoLayout = false)
@AnonymousAllowed
public class ConfirmEmailView extends CardPage implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountLinks links;
    private final Throttle throttle;

    public ConfirmEmailView(AccountLinks links, Throttle throttle) {
        this.links = links;
        this.throttle = throttle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        card.removeAll();
        String token = event.getRouteParameters().get("token").orElse(null);
        if (token != null && links.verify(token) == AccountLinks.Outcome.DONE) {
            card.add(
                    new H1(getTranslation("confirm.done.title")),
                    new Paragraph(getTranslation("confirm.done.message")),
                    new Paragraph(new Anchor("login", getTranslation("signup.toLogin"))));
            return;
        }
        EmailField email = new EmailField(getTranslation("signup.email"));
        Button send = new Button(getTranslation("confirm.resend"), e -> {
            if (!Throttled.allow(throttle, Throttle.Kind.RESET, this)) {
                return;
            }
            links.resendVerification(email.getValue());
            Notification.show(getTranslation("signup.resent"));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(email, send);
        form.addClassName("form-column");
        card.add(
                new H1(getTranslation("confirm.title")),
                new Paragraph(getTranslation(token == null ? "confirm.intro" : "confirm.expired")),
                form,
                new Paragraph(new Anchor("login", getTranslation("signup.toLogin"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirm.title") + " · " + getTranslation("app.name");
    }
}
