package fr.victimportal.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;

/** The narrow card of the pages around sign-in (confirm an address, new password), laid out as the login page. */
abstract class CardPage extends Main {

    protected final Div card = new Div();

    protected CardPage() {
        addClassNames("portal-page", "login-page");
        card.addClassName("login-card");
        add(card);
    }
}
