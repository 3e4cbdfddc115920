package fr.victimportal.claim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

/**
 * Says, after the first answer of a relative's draft changed away from "a relative who died", that the declared death
 * and the certificate attached to it have left the draft (issue 24). Shown for ten seconds, long enough to read.
 */
final class HeirWithdrawnNotice {

    private HeirWithdrawnNotice() {}

    static void show() {
        Notification n = Notification.show(
                UI.getCurrent().getTranslation("declarant.heir.withdrawn"), 10_000, Notification.Position.BOTTOM_START);
        n.addClassName("heir-withdrawn");
    }
}
