package fr.victimportal.doctor.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.victimportal.account.PasswordPolicy;
import fr.victimportal.doctor.AssistingDoctors;
import fr.victimportal.shared.ui.InvitationPage;

/**
 * The link of a victim's invitation to their doctor ({@code /invitation-medecin/<token>}): a new doctor creates their
 * account here; one who has an account accepts once signed in. Expired or unknown links say so and change nothing.
 */
@Route(value = "invitation-medecin/:token?", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends InvitationPage {

    private final AssistingDoctors doctors;

    public InvitationView(AssistingDoctors doctors) {
        this.doctors = doctors;
    }

    @Override
    protected Wording wording() {
        return new Wording(
                "invitation.title",
                "invitation.accept",
                "invitation.newAccount",
                "invitation.done",
                getTranslation("signup.password.help", PasswordPolicy.MIN_LENGTH));
    }

    @Override
    protected void show(String token) {
        AssistingDoctors.InvitationInfo info = doctors.invitation(token);
        if (info.outcome() != AssistingDoctors.Outcome.USABLE) {
            unusable(info.outcome() == AssistingDoctors.Outcome.EXPIRED);
            return;
        }
        acceptance(
                info.accountActive(),
                info.email(),
                info.doctorName(),
                (name, password) -> doctors.accept(token, name, password),
                new Paragraph(getTranslation("invitation.lead", info.doctorName(), info.claimReference())),
                new Paragraph(getTranslation("invitation.what")));
    }
}
