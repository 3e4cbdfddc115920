package fr.victimportal.family.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.victimportal.account.PasswordPolicy;
import fr.victimportal.claim.ClaimRelatives;
import fr.victimportal.shared.ui.InvitationPage;

/**
 * The link a relative or an heir receives ({@code /proche/<token>}): whose claim it is, then acceptance — creating the
 * account, or while signed in for one who has it. Expired or unknown links say so.
 */
@Route(value = "proche/:token?", autoLayout = false)
@AnonymousAllowed
public class ClaimantInvitationView extends InvitationPage {

    private final ClaimRelatives relatives;

    public ClaimantInvitationView(ClaimRelatives relatives) {
        this.relatives = relatives;
    }

    @Override
    protected Wording wording() {
        return new Wording(
                "family.invitation.title",
                "family.invitation.accept",
                "family.invitation.newAccount",
                "family.invitation.done",
                getTranslation("signup.password.help", PasswordPolicy.MIN_LENGTH));
    }

    @Override
    protected void show(String token) {
        ClaimRelatives.Invitation info = relatives.invitation(token);
        if (!info.usable()) {
            unusable(info.expired());
            return;
        }
        acceptance(
                info.accountActive(),
                info.email(),
                info.name(),
                (name, password) -> relatives.accept(token, name, password),
                new Paragraph(getTranslation("family.invitation.lead", info.victimName())),
                new Paragraph(getTranslation("family.invitation.limits")));
    }
}
