package fr.victimportal.family;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The family page (issue 24): the living victim invites a relative, who joins by the link and then finds the claim from
 * their own "my file" page; the relative sees the page without any form.
 */
class FamilyViewTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private MailDelivery delivery;

    @Test
    void theVictimInvitesARelativeWhoJoinsByTheLinkAndFindsTheClaim() {
        var cast = medical.claimWithParticipants();
        String email = "soeur-" + System.nanoTime() + "@example.org";
        openAs(cast.victim(), "dossier/" + cast.reference() + "/famille");
        assertThat(page()).contains("Aucun décès n’est enregistré", "Inviter un proche");

        HasValueUtilsKt._setValue(_get(TextField.class, f -> f.withLabel("Nom et prénom")), "Camille Martin");
        HasValueUtilsKt._setValue(_get(EmailField.class), email);
        @SuppressWarnings("unchecked")
        Select<KinLink> link = _get(Select.class, f -> f.withLabel("Lien avec la victime"));
        HasValueUtilsKt._setValue(link, KinLink.SIBLING);
        _click(_get(Button.class, b -> b.withText("Envoyer l’invitation")));

        assertThat(page()).contains("Camille Martin · Frère ou sœur · invitation envoyée");
        MailTesting.deliverAll(delivery);
        String token = ReceivedMail.last(SMTP, email).linkToken("/proche/");

        logout();
        UI.getCurrent().navigate("proche/" + token);
        assertThat(page()).contains("Vous êtes invité(e) à suivre le dossier de Inès Martin.");
        _find(com.vaadin.flow.component.textfield.PasswordField.class)
                .forEach(p -> HasValueUtilsKt._setValue(p, ClaimFixtures.PASSWORD));
        _click(_get(Button.class, b -> b.withText("Rejoindre le dossier")));
        assertThat(page()).contains("C’est fait : vous suivez désormais ce dossier.");

        openAs(email, "mon-dossier");
        assertThat(page()).contains("Suivre le dossier " + cast.reference());
        UI.getCurrent().navigate("dossier/" + cast.reference() + "/famille");
        assertThat(page()).contains("Camille Martin · Frère ou sœur · a rejoint le dossier");
        assertThat(_find(Button.class, b -> b.withText("Envoyer l’invitation"))).isEmpty();
        assertThat(_find(Button.class, b -> b.withText("Enregistrer le décès"))).isEmpty();
    }
}
