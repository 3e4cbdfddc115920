package fr.victimportal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown instead of a link's page when one client has opened too many links (someone guessing them). */
@Route(value = "trop-de-demandes", autoLayout = false)
@AnonymousAllowed
public class TooManyRequestsView extends CardPage implements HasDynamicTitle {

    public TooManyRequestsView() {
        card.add(
                new H1(getTranslation("throttle.title")),
                new Paragraph(getTranslation("throttle.links")),
                new Paragraph(new Anchor("login", getTranslation("signup.toLogin"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("throttle.title") + " · " + getTranslation("app.name");
    }
}
