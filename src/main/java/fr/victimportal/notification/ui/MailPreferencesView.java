package fr.victimportal.notification.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.victimportal.notification.MailPreferences;
import fr.victimportal.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** The signed-in user's reminders: one switch per topic, saved at once. Procedure notices cannot be turned off. */
@Route(value = "preferences/courriels", layout = MainLayout.class)
@RolesAllowed({"VICTIM", "HELPER", "DOCTOR"})
@Menu(title = "nav.mailPreferences", order = 80, icon = "vaadin:bell")
public class MailPreferencesView extends Main implements HasDynamicTitle {

    public MailPreferencesView(MailPreferences preferences) {
        addClassName("portal-page");
        Section topics = new Section();
        topics.addClassNames("card", "mail-topics");
        preferences.mine().forEach((topic, enabled) -> {
            Checkbox box = new Checkbox(getTranslation(topic.labelKey()), enabled);
            box.setId("topic-" + topic.code());
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    preferences.setMine(topic.code(), e.getValue());
                    Notification.show(getTranslation("mailPreferences.saved"));
                }
            });
            topics.add(box);
        });
        add(
                new H1(getTranslation("mailPreferences.title")),
                new Paragraph(getTranslation("mailPreferences.intro")),
                topics,
                new Paragraph(getTranslation("mail.footer.legalNotices")),
                new Paragraph(getTranslation("mailPreferences.language")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailPreferences.title") + " · " + getTranslation("app.name");
    }
}
