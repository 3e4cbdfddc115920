package fr.victimportal.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.HttpSignIn;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.domain.UserAccountRepository;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A victim signs up on the real screens, reads the confirmation mail at a real SMTP server, follows the link, and signs
 * in over real HTTP; the links are single-use and expire on the moved clock; a reset link changes the password.
 */
class SignUpTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    private static final String PASSWORD = "Une longue phrase facile";

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private MailDelivery delivery;

    private void fillSignUp(String name, String email, String password) {
        UI.getCurrent().navigate("delais"); // another page first, so that the form is a fresh one
        UI.getCurrent().navigate("inscription");
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Nom et prénom")), name);
        HasValueUtilsKt._setValue(_get(EmailField.class, s -> s.withLabel("Adresse électronique")), email);
        HasValueUtilsKt._setValue(_get(PasswordField.class, s -> s.withLabel("Mot de passe")), password);
        HasValueUtilsKt._setValue(_get(Checkbox.class), true);
        _click(_get(Button.class, s -> s.withText("Créer mon compte")));
    }

    /** The link of the last mail sent to {@code email} whose path starts with {@code prefix}. */
    private static String link(String email, String prefix) {
        return prefix + "/" + ReceivedMail.last(SMTP, email).linkToken("http://localhost:8080/" + prefix + "/");
    }

    private String postLogin(String email, String password) throws IOException, InterruptedException {
        return HttpSignIn.signIn(HttpSignIn.browser(), port, email, password);
    }

    @Test
    void shortOrCommonPasswordsAreRefusedWithTheReasonAndNoAccountIsCreated() {
        String email = "new-" + UUID.randomUUID() + "@example.org";
        fillSignUp("Lou Garnier", email, "court123");
        NotificationsKt.expectNotifications(
                "Choisissez un mot de passe d’au moins 12 caractères : une courte phrase" + " convient très bien.");
        fillSignUp("Lou Garnier", email, "Azertyuiop123");
        NotificationsKt.expectNotifications("Ce mot de passe est trop courant : il figure parmi ceux que les pirates"
                + " essaient en premier. Choisissez-en un autre.");
        fillSignUp("Lou Garnier", email, email.substring(0, email.indexOf('@')) + "-secret");
        NotificationsKt.expectNotifications("Le mot de passe ne doit pas contenir votre adresse électronique.");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void aNewVictimConfirmsTheirAddressByASingleUseLinkThatExpiresThenSignsIn() throws Exception {
        String email = "new-" + UUID.randomUUID() + "@example.org";
        fillSignUp("Lou Garnier", email, PASSWORD);
        assertThat(page()).contains("Vérifiez vos courriels", "Si l’adresse " + email + " n’a pas déjà un compte");
        assertThat(accounts.findByEmail(email)).get().satisfies(a -> {
            assertThat(a.getEmailVerifiedAt()).isNull();
            assertThat(a.getRole()).isEqualTo(Role.VICTIM);
        });
        assertThat(postLogin(email, PASSWORD))
                .as("not before the address is confirmed")
                .isEqualTo("/login?error=disabled");

        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, email))
                .extracting(ReceivedMail::subject)
                .containsExactly("Confirmez votre adresse pour activer votre compte");
        String first = link(email, "confirmer");

        clock.set(clock.instant().plus(Duration.ofHours(25)));
        UI.getCurrent().navigate(first);
        assertThat(page()).contains("Ce lien a expiré ou a déjà servi.");
        HasValueUtilsKt._setValue(_get(EmailField.class), email);
        _click(_get(Button.class, s -> s.withText("Recevoir un nouveau lien")));
        MailTesting.deliverAll(delivery);
        String second = link(email, "confirmer");
        assertThat(second).isNotEqualTo(first);

        UI.getCurrent().navigate(second);
        assertThat(page()).contains("Votre adresse est confirmée");
        UI.getCurrent().navigate(second);
        assertThat(page()).as("single use").contains("Ce lien a expiré ou a déjà servi.");
        assertThat(postLogin(email, PASSWORD)).isEqualTo("/");
    }

    @Test
    void signingUpAgainWithAnAddressThatHasAnAccountRevealsNothingOnScreenAndTellsTheOwnerByMail() {
        String email = "taken-" + UUID.randomUUID() + "@example.org";
        fillSignUp("Première Personne", email, PASSWORD);
        MailTesting.deliverAll(delivery);
        fillSignUp("Autre Personne", email, "Une autre phrase secrète");
        assertThat(page()).contains("Vérifiez vos courriels", "Si l’adresse " + email + " n’a pas déjà un compte");
        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, email))
                .extracting(ReceivedMail::subject)
                .containsExactly(
                        "Confirmez votre adresse pour activer votre compte",
                        "Quelqu’un a voulu créer un compte avec votre adresse");
        assertThat(accounts.findByEmail(email).orElseThrow().getDisplayName()).isEqualTo("Première Personne");
    }

    @Test
    void aResetLinkChangesThePasswordOnceAndAnUnknownAddressGetsTheSameAnswer() throws Exception {
        String email = "reset-" + UUID.randomUUID() + "@example.org";
        fillSignUp("Noé Vidal", email, PASSWORD);
        MailTesting.deliverAll(delivery);
        UI.getCurrent().navigate(link(email, "confirmer"));

        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        UI.getCurrent().navigate("mot-de-passe-oublie");
        HasValueUtilsKt._setValue(_get(EmailField.class), unknown);
        _click(_get(Button.class, s -> s.withText("Recevoir le lien")));
        assertThat(page()).contains("Si un compte existe pour " + unknown);

        UI.getCurrent().navigate("delais");
        UI.getCurrent().navigate("mot-de-passe-oublie");
        HasValueUtilsKt._setValue(_get(EmailField.class), email);
        _click(_get(Button.class, s -> s.withText("Recevoir le lien")));
        assertThat(page()).contains("Si un compte existe pour " + email);
        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, unknown)).isEmpty();
        String reset = link(email, "nouveau-mot-de-passe");

        UI.getCurrent().navigate(reset);
        HasValueUtilsKt._setValue(_get(PasswordField.class), "Un tout nouveau secret bien long");
        _click(_get(Button.class, s -> s.withText("Enregistrer le mot de passe")));
        assertThat(page()).contains("Mot de passe changé");
        assertThat(postLogin(email, PASSWORD)).isEqualTo("/login?error=credentials");
        assertThat(postLogin(email, "Un tout nouveau secret bien long")).isEqualTo("/");
        UI.getCurrent().navigate(reset);
        assertThat(page()).contains("Ce lien a expiré ou a déjà servi.");
    }
}
