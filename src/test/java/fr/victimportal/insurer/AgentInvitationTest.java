package fr.victimportal.insurer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.HttpSignIn;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import fr.victimportal.shared.UserInputException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator invites an agent by mail; the link makes them an agent of that insurer, once. */
class AgentInvitationTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    private static final String PASSWORD = "Une phrase d’agent bien longue";

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private AccountService accounts;

    @Autowired
    private PortalUserDetailsService users;

    @Autowired
    private AgentInvitations invitations;

    @Autowired
    private MailDelivery delivery;

    private static String address() {
        return "nouvel-agent-" + UUID.randomUUID() + "@example.org";
    }

    /** The insurer of this test's administrator, of its own so the lists hold this test's invitations only. */
    private long insurer;

    /** An administrator of a new insurer "Assurances Invitation" (the name the mails give). */
    private String newAdmin() {
        insurer = fixtures.insurer("T-" + UUID.randomUUID().toString().substring(0, 8), "Assurances Invitation");
        String email = "admin-" + UUID.randomUUID() + "@example.org";
        accounts.attachToInsurer(
                accounts.create(email, ClaimFixtures.PASSWORD, "Nathalie Essai", Role.INSURER_ADMIN, Locale.FRENCH),
                insurer);
        return email;
    }

    private void invite(String name, String email) {
        HasValueUtilsKt._setValue(_get(TextField.class, f -> f.withLabel("Nom et prénom")), name);
        HasValueUtilsKt._setValue(_get(EmailField.class), email);
        _click(_get(Button.class, b -> b.withText("Envoyer l’invitation")));
    }

    @Test
    void theInvitedAgentSetsTheirPasswordFromTheMailSignsInAndBelongsToTheInsurer() throws Exception {
        String admin = newAdmin();
        String email = address();
        openAs(admin, "assureur/agents");
        invite("Léa Nouvelle", email);
        NotificationsKt.expectNotifications("Invitation envoyée à " + email + ".");
        assertThat(InsurerAdminTest.rows("Invitations en attente"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("Léa Nouvelle", email, "invité (lien valable jusqu’au");
        // a double click, or the same invitation from a second tab: nothing more is sent
        invite("Léa Nouvelle", email);

        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, email))
                .extracting(ReceivedMail::subject)
                .containsExactly("Assurances Invitation vous invite comme agent sur victim-portal");
        String token = ReceivedMail.last(SMTP, email).linkToken("/invitation-agent/");
        assertThat(HttpSignIn.signIn(HttpSignIn.browser(), port, email, PASSWORD))
                .as("no sign-in before the invitation is accepted")
                .isNotEqualTo("/");

        logout();
        UI.getCurrent().navigate("invitation-agent/" + token);
        assertThat(page())
                .contains(
                        "Assurances Invitation vous invite à rejoindre le portail comme agent.",
                        "Créez votre compte d’agent pour l’adresse " + email);
        HasValueUtilsKt._setValue(_get(PasswordField.class), PASSWORD);
        _click(_get(Button.class, b -> b.withText("Créer mon compte")));
        assertThat(page()).contains("C’est fait : votre compte d’agent est prêt.");

        assertThat(HttpSignIn.signIn(HttpSignIn.browser(), port, email, PASSWORD))
                .isEqualTo("/");
        var agent = users.loadUserByUsername(email);
        assertThat(agent.role()).isEqualTo(Role.AGENT);
        assertThat(agent.insurerId()).isEqualTo(insurer);
        assertThat(agent.displayName()).isEqualTo("Léa Nouvelle");

        // the link served once
        UI.getCurrent().navigate("invitation-agent/" + token);
        assertThat(page()).contains("Ce lien d’invitation a expiré ou a déjà servi.");
        assertThatThrownBy(() -> invitations.accept(token, "Autre", PASSWORD)).isInstanceOf(UserInputException.class);

        // and the administrator now sees an active agent, no pending invitation
        openAs(admin, "assureur/agents");
        assertThat(InsurerAdminTest.rows("Agents"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("Léa Nouvelle", "actif");
        assertThat(page()).contains("Aucune invitation en attente.");
    }

    @Test
    void anAddressThatHasAnAccountGetsTheSameAnswerAndNothingIsAttachedOrRevealed() {
        String admin = newAdmin();
        String victim = fixtures.newUser(Role.VICTIM, "Camille Victime");
        long otherInsurer = fixtures.insurer("T-OTHER-INV", "Autre assureur d’essai");
        String otherAgent = "agent-" + UUID.randomUUID() + "@example.org";
        accounts.attachToInsurer(
                accounts.create(otherAgent, ClaimFixtures.PASSWORD, "Agent Ailleurs", Role.AGENT, Locale.FRENCH),
                otherInsurer);
        String fresh = address();

        openAs(admin, "assureur/agents");
        for (String email : new String[] {victim, otherAgent, fresh}) {
            invite("Quelqu’un", email);
            NotificationsKt.expectNotifications("Invitation envoyée à " + email + ".");
            NotificationsKt.clearNotifications();
        }
        // the three look alike to the administrator: pending invitations
        assertThat(InsurerAdminTest.rows("Invitations en attente"))
                .hasSize(3)
                .allMatch(r -> r.contains("invité (lien valable jusqu’au"))
                .anyMatch(r -> r.contains(victim))
                .anyMatch(r -> r.contains(otherAgent))
                .anyMatch(r -> r.contains(fresh));

        assertThat(users.loadUserByUsername(victim).role()).isEqualTo(Role.VICTIM);
        assertThat(users.loadUserByUsername(victim).insurerId()).isNull();
        assertThat(users.loadUserByUsername(otherAgent).insurerId()).isEqualTo(otherInsurer);
        MailTesting.deliverAll(delivery);
        ReceivedMail told = ReceivedMail.last(SMTP, victim);
        assertThat(told.subject()).isEqualTo("Invitation comme agent (Assurances Invitation) : rien n’a changé");
        assertThat(told.text()).doesNotContain("/invitation-agent/");
        assertThat(ReceivedMail.last(SMTP, otherAgent).text()).doesNotContain("/invitation-agent/");
        assertThat(ReceivedMail.last(SMTP, fresh).linkToken("/invitation-agent/"))
                .isNotBlank();
    }

    @Test
    void anExpiredLinkChangesNothing() {
        String admin = newAdmin();
        String email = address();
        fixtures.as(admin, () -> {
            invitations.invite("Léo Tardif", email, Locale.FRENCH);
            return 0;
        });
        MailTesting.deliverAll(delivery);
        String token = ReceivedMail.last(SMTP, email).linkToken("/invitation-agent/");
        clock.advance(AgentInvitations.VALIDITY.plus(Duration.ofMinutes(1)));

        UI.getCurrent().navigate("invitation-agent/" + token);
        assertThat(page()).contains("Ce lien d’invitation a expiré ou a déjà servi.");
        assertThatThrownBy(() -> invitations.accept(token, "Léo Tardif", PASSWORD))
                .isInstanceOf(UserInputException.class);
        assertThat(accounts.activated(accounts.idOf(email).orElseThrow())).isFalse();
        openAs(admin, "assureur/agents");
        assertThat(InsurerAdminTest.rows("Invitations en attente"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("Léo Tardif", "invitation expirée le");

        // invited again: a new link, which works (the account made the first time is the one set up)
        invite("Léo Tardif", email);
        MailTesting.deliverAll(delivery);
        String second = ReceivedMail.last(SMTP, email).linkToken("/invitation-agent/");
        assertThat(second).isNotEqualTo(token);
        invitations.accept(second, "Léo Tardif", PASSWORD);
        assertThat(users.loadUserByUsername(email).insurerId()).isEqualTo(insurer);
        UI.getCurrent().getPage().reload();
        assertThat(page()).contains("Aucune invitation en attente.");
        assertThat(InsurerAdminTest.rows("Agents"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("Léo Tardif", "actif");
    }
}
