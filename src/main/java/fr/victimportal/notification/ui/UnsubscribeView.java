package fr.victimportal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.victimportal.notification.MailPreferences;
import fr.victimportal.notification.MailTopic;
import java.util.Map;
import java.util.Optional;

/**
 * Reached from a reminder's unsubscribe link, without signing in: the link's random token names the user. Nothing
 * changes on opening the page (mail scanners open links); the person confirms with a button.
 */
@Route(value = "desabonnement/:token", autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOPIC_PARAMETER = "sujet";

    private final MailPreferences preferences;
    private final Div card = new Div();

    public UnsubscribeView(MailPreferences preferences) {
        this.preferences = preferences;
        addClassNames("portal-page", "login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        Optional<Map<MailTopic, Boolean>> topics = preferences.byToken(token);
        Optional<MailTopic> topic = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(TOPIC_PARAMETER)
                .flatMap(preferences::topic);
        card.removeAll();
        card.add(new H1(getTranslation("unsubscribe.title")));
        if (topics.isEmpty()) {
            card.add(new Paragraph(getTranslation("unsubscribe.invalid")), preferencesLink());
            return;
        }
        Paragraph result = new Paragraph();
        result.addClassName("unsubscribe-result");
        result.setVisible(false);
        Div buttons = new Div();
        buttons.addClassName("unsubscribe-actions");
        topic.ifPresent(t -> {
            card.add(new Paragraph(getTranslation("unsubscribe.question", getTranslation(t.labelKey()))));
            Button stopTopic = new Button(getTranslation("unsubscribe.stopTopic"), e -> {
                preferences.unsubscribe(token, t.code());
                done(result, buttons, getTranslation("unsubscribe.done.topic", getTranslation(t.labelKey())));
            });
            stopTopic.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(stopTopic);
        });
        Button stopAll = new Button(getTranslation("unsubscribe.stopAll"), e -> {
            preferences.unsubscribe(token, null);
            done(result, buttons, getTranslation("unsubscribe.done.all"));
        });
        if (topic.isEmpty()) {
            stopAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        buttons.add(stopAll);
        card.add(buttons, result, new Paragraph(getTranslation("mail.footer.legalNotices")), preferencesLink());
    }

    private static void done(Paragraph result, Div buttons, String text) {
        result.setText(text);
        result.setVisible(true);
        buttons.setVisible(false);
    }

    private Anchor preferencesLink() {
        return new Anchor("preferences/courriels", getTranslation("unsubscribe.preferences"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.title") + " · " + getTranslation("app.name");
    }
}
