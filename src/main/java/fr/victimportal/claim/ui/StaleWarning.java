package fr.victimportal.claim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * A second tab or another person saved first: nothing was saved here, and the user is told how to recover. Apart from
 * {@link DeclarationView} so that the screens that show it do not name the wizard: Vaadin's bundle scan would then load
 * the wizard's fields (date, time, combo box...) with each of them, the dashboard included.
 */
final class StaleWarning {

    private StaleWarning() {}

    static void show() {
        Notification warning = Notification.show(UI.getCurrent().getTranslation("claim.error.stale"));
        warning.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
