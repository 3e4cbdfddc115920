package fr.victimportal.mandate.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.victimportal.account.PasswordPolicy;
import fr.victimportal.mandate.Mandates;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.ui.InvitationPage;

/**
 * The link a caseworker receives ({@code /mandat/<token>}): the mandate as the victim signed it (scope, end, limits),
 * and acceptance — creating the account, or while signed in for one who has it. Expired or unknown links say so.
 */
@Route(value = "mandat/:token?", autoLayout = false)
@AnonymousAllowed
public class MandateInvitationView extends InvitationPage {

    private final Mandates mandates;

    public MandateInvitationView(Mandates mandates) {
        this.mandates = mandates;
    }

    @Override
    protected Wording wording() {
        return new Wording(
                "mandate.invitation.title",
                "mandate.invitation.accept",
                "mandate.invitation.newAccount",
                "mandate.invitation.done",
                getTranslation("signup.password.help", PasswordPolicy.MIN_LENGTH));
    }

    @Override
    protected void show(String token) {
        Mandates.Invitation info = mandates.invitation(token);
        if (info.outcome() != Mandates.Outcome.USABLE) {
            unusable(info.outcome() == Mandates.Outcome.EXPIRED);
            return;
        }
        var m = info.mandate();
        UnorderedList scope = new UnorderedList();
        m.scope().forEach(s -> scope.add(new ListItem(getTranslation("mandate.scope." + s.name()))));
        acceptance(
                info.accountActive(),
                m.email(),
                m.caseworkerName(),
                (name, password) -> mandates.accept(token, name, password),
                new Paragraph(getTranslation(
                        "mandate.invitation.lead",
                        info.memberName(),
                        m.associationName(),
                        Formats.date(m.validUntil(), getLocale()))),
                scope,
                new Paragraph(getTranslation("mandate.invitation.limits")));
    }
}
