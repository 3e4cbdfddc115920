package fr.victimportal.family;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimRelatives;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ending a claimant's part (issue 24): the living victim removes a relative after confirming, who then finds the claim
 * "not found"; only the agent removes an heir; a second removal (a second tab) and a stranger are refused, nothing
 * changed.
 */
class ClaimantEndTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private FamilyTestSupport family;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private ClaimRelatives relatives;

    @Autowired
    private JdbcTemplate jdbc;

    private String status(String reference, String name) {
        return jdbc.queryForObject(
                "select c.status from claimant c join claim k on k.id = c.claim_id where k.reference = ? and c.name = ?",
                String.class,
                reference,
                name);
    }

    private long id(String reference, String name) {
        return jdbc.queryForObject(
                "select c.id from claimant c join claim k on k.id = c.claim_id where k.reference = ? and c.name = ?",
                Long.class,
                reference,
                name);
    }

    @Test
    void theVictimRemovesARelativeAfterConfirmingAndTheRelativeLosesTheClaim() {
        var cast = medical.claimWithParticipants();
        String ref = cast.reference();
        String relative = family.join(SMTP, ref, cast.victim(), "Hugo Martin", KinLink.SIBLING);
        family.join(SMTP, ref, cast.agent(), "Léa Martin", KinLink.CHILD);

        openAs(cast.victim(), "dossier/" + ref + "/famille");
        // the heir the agent added has no button for the victim
        assertThat(_find(Button.class, b -> b.withText("Retirer Léa Martin du dossier")))
                .isEmpty();
        _click(_get(Button.class, b -> b.withText("Retirer Hugo Martin du dossier")));
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message"))
                .contains("ne pourra plus suivre le dossier");
        assertThat(status(ref, "Hugo Martin")).isEqualTo("ACTIVE");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(status(ref, "Hugo Martin")).isEqualTo("ENDED");
        assertThat(page()).doesNotContain("Hugo Martin ·").contains("Léa Martin · Enfant · ayant droit");

        openAs(relative, "dossier/" + ref);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void onlyTheAgentRemovesAnHeirAndASecondRemovalChangesNothing() {
        var cast = medical.claimWithParticipants();
        String ref = cast.reference();
        String heirEmail = family.join(SMTP, ref, cast.agent(), "Léa Martin", KinLink.CHILD);
        long lea = id(ref, "Léa Martin");

        assertThatThrownBy(() -> fixtures.as(cast.victim(), () -> {
                    relatives.end(ref, lea);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("family.end.error.heir"));
        assertThatThrownBy(() -> fixtures.as(heirEmail, () -> {
                    relatives.end(ref, lea);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("family.end.error.notAllowed"));
        assertThat(status(ref, "Léa Martin")).isEqualTo("ACTIVE");

        fixtures.as(cast.agent(), () -> {
            relatives.end(ref, lea);
            return null;
        });
        assertThat(status(ref, "Léa Martin")).isEqualTo("ENDED");
        assertThatThrownBy(() -> fixtures.as(cast.agent(), () -> {
                    relatives.end(ref, lea);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("family.end.error.none"));
    }
}
