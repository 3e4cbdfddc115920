package fr.victimportal.family.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.victimportal.claim.ClaimRelatives;
import fr.victimportal.claim.ClaimRelatives.ClaimantLine;
import fr.victimportal.shared.ui.Refusals;
import java.util.List;

/**
 * The relatives and heirs who take part in the claim, each on one line (name, link, heir, minor and representative,
 * status) and, for whoever may end their part (the living victim for a relative, the agent for anyone), a "Retirer du
 * dossier" button that asks for confirmation first. The service decides again on every call.
 */
final class ClaimantList extends Section {

    ClaimantList(
            String reference,
            List<ClaimantLine> claimants,
            boolean mayEnd,
            boolean agent,
            ClaimRelatives relatives,
            Runnable done) {
        add(new H2(getTranslation("family.claimants.title")));
        addClassName("card");
        if (claimants.isEmpty()) {
            add(new Paragraph(getTranslation("family.claimants.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ClaimantLine c : claimants) {
            ListItem item = new ListItem(line(c));
            if (mayEnd && (agent || !c.heir())) {
                Button end = new Button(
                        getTranslation("family.end.button", c.name()), e -> confirm(reference, c, relatives, done));
                end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                end.addClassName("claimant-end");
                item.add(end);
            }
            list.add(item);
        }
        add(list);
    }

    private String line(ClaimantLine c) {
        StringBuilder text = new StringBuilder(c.name())
                .append(" · ")
                .append(getTranslation("family.link." + c.link().name()));
        if (c.heir()) {
            text.append(" · ").append(getTranslation("family.claimants.heir"));
        }
        if (c.minor()) {
            text.append(" · ").append(getTranslation("family.claimants.minor", c.representativeName()));
        }
        return text.append(" · ")
                .append(getTranslation("family.claimants.status." + c.status().name()))
                .toString();
    }

    private void confirm(String reference, ClaimantLine c, ClaimRelatives relatives, Runnable done) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("family.end.confirm.title", c.name()),
                getTranslation("family.end.confirm.text", c.name()),
                getTranslation("family.end.confirm.yes"),
                ok -> Refusals.of(this)
                        .inNotification(NotificationVariant.LUMO_ERROR)
                        .attempt(() -> {
                            relatives.end(reference, c.id());
                            Notification.show(getTranslation("family.end.done", c.name()));
                            done.run();
                        }));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("family.end.confirm.no"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
