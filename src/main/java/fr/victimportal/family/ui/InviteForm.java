package fr.victimportal.family.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.claim.ClaimRelatives;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.shared.UserInputException;

/**
 * The living victim invites a relative, or the handling insurer's agent adds an heir: name, address, link to the
 * victim, and for a minor the name of the representative who acts for them.
 */
class InviteForm extends Section {

    /**
     * @param inviter who invites: the agent or the heir who opened the claim add heirs (each with their own lead), the
     *                living victim a relative
     */
    InviteForm(String reference, Relation inviter, ClaimRelatives relatives, Runnable done) {
        addClassNames("card", "invite-form");
        boolean heirs = inviter != Relation.OWNER;
        add(new H2(getTranslation(heirs ? "family.invite.heir.title" : "family.invite.title")));
        add(new Paragraph(getTranslation(
                switch (inviter) {
                    case AGENT -> "family.invite.heir.lead";
                    case RELATIVE -> "family.invite.openingHeir.lead";
                    default -> "family.invite.lead";
                })));
        TextField name = new TextField(getTranslation("family.invite.name"));
        name.setMaxLength(120);
        EmailField email = new EmailField(getTranslation("family.invite.email"));
        Select<KinLink> link = new Select<>();
        link.setLabel(getTranslation("family.invite.link"));
        link.setItems(KinLink.values());
        link.setItemLabelGenerator(k -> getTranslation("family.link." + k.name()));
        Checkbox minor = new Checkbox(getTranslation("family.invite.minor"));
        TextField representative = new TextField(getTranslation("family.invite.representative"));
        representative.setVisible(false);
        minor.addValueChangeListener(e -> representative.setVisible(e.getValue()));
        Paragraph error = new Paragraph();
        error.getElement().setAttribute("role", "alert");
        Button send = new Button(getTranslation("family.invite.send"));
        send.addClickListener(e -> {
            try {
                relatives.invite(
                        reference,
                        new ClaimRelatives.NewClaimant(
                                name.getValue(),
                                email.getValue(),
                                link.getValue(),
                                minor.getValue(),
                                representative.getValue()),
                        getLocale());
                done.run();
            } catch (UserInputException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        add(name, email, link, minor, representative, send, error);
    }
}
