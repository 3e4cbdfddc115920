package fr.victimportal.insurer.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.victimportal.account.PasswordPolicy;
import fr.victimportal.insurer.AgentInvitations;
import fr.victimportal.shared.ui.InvitationPage;

/**
 * The link of an insurer's invitation to a new agent ({@code /invitation-agent/<token>}): the agent sets their name
 * and password and then belongs to that insurer. Expired, used or unknown links say so and change nothing.
 */
@Route(value = "invitation-agent/:token?", autoLayout = false)
@AnonymousAllowed
public class AgentInvitationView extends InvitationPage {

    private final AgentInvitations invitations;

    public AgentInvitationView(AgentInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    protected Wording wording() {
        return new Wording(
                "insurer.invitation.title",
                "insurer.invitation.accept",
                "insurer.invitation.newAccount",
                "insurer.invitation.done",
                getTranslation("signup.password.help", PasswordPolicy.MIN_LENGTH));
    }

    @Override
    protected String unusableKey(boolean expired) {
        return expired ? "insurer.invitation.expired" : "insurer.invitation.unknown";
    }

    @Override
    protected void show(String token) {
        AgentInvitations.InvitationInfo info = invitations.invitation(token);
        if (!info.usable()) {
            unusable(info.expired());
            return;
        }
        acceptance(
                false,
                info.email(),
                info.name(),
                (name, password) -> invitations.accept(token, name, password),
                new Paragraph(getTranslation(
                        info.administrator() ? "insurer.invitation.admin.lead" : "insurer.invitation.lead",
                        info.insurerName())),
                new Paragraph(getTranslation(
                        info.administrator() ? "insurer.invitation.admin.what" : "insurer.invitation.what")));
    }
}
