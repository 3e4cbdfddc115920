package fr.victimportal.shared.ui;

import com.vaadin.flow.component.Component;
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
import fr.victimportal.shared.UserInputException;

/**
 * The page a single-use invitation link opens (a victim's doctor, an association caseworker): what the invitation
 * is, then either a new account's name and password, or, for someone who has an account, acceptance once signed in.
 * An unusable link says so and changes nothing. Subclasses say what is shown and what accepting does.
 */
public abstract class InvitationPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** What accepting does: throws a {@link UserInputException} to refuse (the message is shown). */
    @FunctionalInterface
    public interface Acceptance {
        void accept(String name, String password);
    }

    /** How the page is worded for one kind of invitation (translation keys). */
    public record Wording(String title, String accept, String newAccount, String done, String passwordHelp) {}

    private final Div card = new Div();

    protected InvitationPage() {
        addClassNames("portal-page", "login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        card.removeAll();
        card.add(new H1(getTranslation(wording().title())));
        show(event.getRouteParameters().get("token").orElse(null));
    }

    /** Shows the invitation of this token, with {@link #unusable} or {@link #acceptance}. */
    protected abstract void show(String token);

    protected abstract Wording wording();

    /** The link is unknown, expired or used: the message only. */
    protected void unusable(boolean expired) {
        card.add(new Paragraph(getTranslation(unusableKey(expired))));
    }

    /** What an unusable link says (who to ask for a new one): the victim's invitations by default. */
    protected String unusableKey(boolean expired) {
        return expired ? "invitation.expired" : "invitation.unknown";
    }

    /**
     * What the invitation is ({@code about}), then the acceptance: for an active account, a button once signed in;
     * otherwise the new account's name (pre-filled) and password.
     */
    protected void acceptance(
            boolean accountActive, String email, String name, Acceptance acceptance, Component... about) {
        card.add(about);
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button accept = new Button(getTranslation(wording().accept()));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setDisableOnClick(true);
        if (accountActive) {
            card.add(new Paragraph(getTranslation("invitation.existing", email)));
            accept.addClickListener(e -> accept(acceptance, null, null, error, accept));
            card.add(error, accept, new Anchor("login", getTranslation("invitation.signIn")));
        } else {
            TextField nameField = new TextField(getTranslation("invitation.name"));
            nameField.setValue(name);
            nameField.setMaxLength(120);
            PasswordField password = new PasswordField(getTranslation("invitation.password"));
            password.setHelperText(wording().passwordHelp());
            accept.addClickListener(e -> accept(acceptance, nameField.getValue(), password.getValue(), error, accept));
            Div column = new Div(
                    new Paragraph(getTranslation(wording().newAccount(), email)), nameField, password, error, accept);
            column.addClassName("form-column");
            card.add(column);
        }
    }

    private void accept(Acceptance acceptance, String name, String password, Paragraph error, Button accept) {
        Refusals.of(this).inParagraph(error).reenabling(accept).attempt(() -> {
            acceptance.accept(name, password);
            card.removeAll();
            card.add(
                    new H1(getTranslation(wording().title())),
                    new Paragraph(getTranslation(wording().done())),
                    new Anchor("login", getTranslation("invitation.signIn")));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation(wording().title()) + " · " + getTranslation("app.name");
    }
}
