package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.ui.AgentClaimsView;
import fr.victimportal.claim.ui.InsurerView;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import fr.victimportal.shared.UserInputException;
import fr.victimportal.shared.ui.NotFoundView;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The handling insurer's agent transfers a claim to another insurer: the former insurer's open pages lose access at
 * their next request (like a caseworker's after a revoked mandate), the new insurer's agents gain it, the victim gets
 * one mail in their language and the claim's history shows the transfer.
 */
class ClaimTransferTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    static final String REASON = "Convention IRCA : la Mutuelle du transfert est l’assureur mandaté.";

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ClaimInsurers claimInsurers;

    @Autowired
    private AccountService accounts;

    @Autowired
    private ClaimConsultations consultations;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private JdbcTemplate jdbc;

    private long former;
    private long next;
    private String victim;
    private String ref;

    @BeforeEach
    void aClaimOfTheTestInsurer() {
        former = fixtures.insurer();
        next = fixtures.insurer("TEST-TRANSFER", "Mutuelle du transfert");
        victim = fixtures.newUser(Role.VICTIM, "Inès Garnier");
        ref = fixtures.submittedClaim(victim, LocalDate.of(2026, 10, 5), new ProcedureDates(null, null, null, null));
    }

    private String agentOf(long insurer, String name) {
        String email = "agent-" + UUID.randomUUID() + "@example.org";
        accounts.attachToInsurer(
                accounts.create(email, ClaimFixtures.PASSWORD, name, Role.AGENT, Locale.FRENCH), insurer);
        return email;
    }

    private Long handlingInsurer() {
        return jdbc.queryForObject("select handling_insurer_id from claim where reference = ?", Long.class, ref);
    }

    private List<ReceivedMail> transferMails(String to, String subjectStart) {
        MailTesting.deliverAll(delivery);
        return ReceivedMail.to(SMTP, to).stream()
                .filter(m -> m.subject().startsWith(subjectStart))
                .toList();
    }

    private void transfer(String agent, long to, String reason) {
        fixtures.as(agent, () -> {
            claimInsurers.transfer(ref, to, reason);
            return null;
        });
    }

    /** The dashboard's link to the transfer form, as the agent reads it. */
    private static String transferLink() {
        return _get(Anchor.class, a -> a.withText("Transférer le dossier")).getHref();
    }

    @Test
    void theFormerInsurersOpenPageLosesAccessTheNewGainsItAndTheVictimIsToldOnce() {
        String colleague = fixtures.newUser(Role.AGENT, "Paul Girard");
        String agent = fixtures.newUser(Role.AGENT, "Claire Roux");
        String newAgent = agentOf(next, "Louis Petit");
        assertThatThrownBy(() -> fixtures.as(newAgent, () -> claims.open(ref)))
                .isInstanceOf(ClaimNotFoundException.class);

        // the colleague has opened the claim, and has it open when the agent transfers it
        fixtures.as(colleague, () -> {
            consultations.recordOpening(ref, ClaimConsultations.Reason.FOLLOW_UP);
            return null;
        });
        clock.advance(Duration.ofMinutes(5));
        login(colleague, ClaimFixtures.PASSWORD);
        reasonGiven(ref);
        UI.getCurrent().navigate("dossier/" + ref);
        assertThat(page()).contains("Transférer le dossier", "Ce dossier est traité par l’assureur Assurances d’essai");
        UI.getCurrent().navigate(transferLink());
        transfer(agent, next, REASON);
        assertThat(handlingInsurer()).isEqualTo(next);

        // the open page's next request: the transfer form answers cleanly, the claim is "not found"
        InsurerPicker.pick("Assureur destinataire", "fonds", "Fonds de garantie");
        HasValueUtilsKt._setValue(_get(TextArea.class, t -> t.withLabel("Motif du transfert")), "Deuxième clic");
        _click(_get(Button.class, b -> b.withText("Transférer le dossier…")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NotificationsKt.expectNotifications(
                "Le dossier " + ref + " n’est plus traité par votre assureur : il a déjà été transféré.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AgentClaimsView.class);
        UI.getCurrent().navigate("dossier/" + ref + "/faits");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(handlingInsurer()).as("the second transfer changed nothing").isEqualTo(next);
        assertThatThrownBy(() -> fixtures.as(agent, () -> claims.open(ref))).isInstanceOf(ClaimNotFoundException.class);

        // the new insurer's agent opens it
        assertThat(fixtures.as(newAgent, () -> claims.open(ref)).viewer()).isEqualTo(Relation.AGENT);
        clock.advance(Duration.ofMinutes(5));
        fixtures.as(newAgent, () -> {
            consultations.recordOpening(ref, ClaimConsultations.Reason.PHONE_CALL);
            return null;
        });

        // the victim: one mail, in French, with the link to the dashboard; the history shows the transfer
        List<ReceivedMail> mails = transferMails(victim, "Votre dossier " + ref + " est transmis");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("Votre dossier " + ref + " est transmis à Mutuelle du transfert");
        assertThat(mails.get(0).text())
                .contains("Assurances d’essai a transmis votre dossier " + ref + " à Mutuelle du transfert")
                .contains("Motif indiqué : " + REASON)
                .contains("ne change aucun des délais")
                .contains("/dossier/" + ref);
        logout();
        openAs(victim, "dossier/" + ref);
        // the corrections history is written when opened
        _get(Details.class, d -> d.withClasses("revision-history")).setOpened(true);
        assertThat(page())
                .contains("Votre dossier est traité par l’assureur Mutuelle du transfert (fictif, démonstration).")
                .contains("Assureur : « Assurances d’essai » → « Mutuelle du transfert »")
                .contains("Motif du transfert : « non renseigné » → « " + REASON + " »")
                .contains("vous ne pouvez plus changer d’assureur vous-même")
                .as("each agent is shown with the insurer they opened the claim for")
                .contains("Louis Petit (agent de l’assureur) · Mutuelle du transfert ·")
                .contains("Paul Girard (agent de l’assureur) · Assurances d’essai ·");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry a join claim c on c.id = a.claim_id "
                                + "where c.reference = ? and a.action = 'TRANSFER'",
                        Integer.class,
                        ref))
                .isEqualTo(1);
    }

    @Test
    void theAgentTransfersFromTheInsurerPageAfterConfirmingAndTheEnglishVictimReadsItInEnglish() {
        String english = "victim-" + UUID.randomUUID() + "@example.org";
        accounts.create(english, ClaimFixtures.PASSWORD, "Jane Walker", Role.VICTIM, Locale.ENGLISH);
        ref = fixtures.submittedClaim(english, LocalDate.of(2026, 10, 5), new ProcedureDates(null, null, null, null));
        String agent = fixtures.newUser(Role.AGENT, "Claire Roux");
        login(agent, ClaimFixtures.PASSWORD);
        reasonGiven(ref);
        UI.getCurrent().navigate("dossier/" + ref);
        assertThat(_find(ComboBox.class))
                .as("no insurer search on the dashboard")
                .isEmpty();
        UI.getCurrent().navigate(transferLink());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(InsurerView.class);
        assertThat(page())
                .contains("Assureur du dossier " + ref, "Ce dossier est traité par l’assureur Assurances d’essai");
        assertThat(InsurerPicker.suggestions("Assureur destinataire", "essai"))
                .as("the handling insurer is not offered")
                .doesNotContain("Assurances d’essai (fictif, démonstration)");

        // no reason: refused on the field, nothing changes
        InsurerPicker.pick("Assureur destinataire", "transfert", "Mutuelle du transfert");
        _click(_get(Button.class, b -> b.withText("Transférer le dossier…")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        TextArea reason = _get(TextArea.class, t -> t.withLabel("Motif du transfert"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage())
                .isEqualTo("Indiquez le motif du transfert : la victime le lira. Rien n’a été changé.");
        assertThat(handlingInsurer()).isEqualTo(former);

        HasValueUtilsKt._setValue(reason, REASON);
        _click(_get(Button.class, b -> b.withText("Transférer le dossier…")));
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message"))
                .contains("Le dossier " + ref + " sera traité par Mutuelle du transfert (fictif, démonstration)");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NotificationsKt.expectNotifications("Dossier " + ref
                + " transféré à Mutuelle du transfert (fictif, démonstration). Vous n’y avez plus accès.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AgentClaimsView.class);
        assertThat(handlingInsurer()).isEqualTo(next);

        List<ReceivedMail> mails = transferMails(english, "Your claim " + ref);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("Your claim " + ref + " has been passed to Mutuelle du transfert");
        assertThat(mails.get(0).text())
                .contains("Assurances d’essai has passed your claim " + ref + " to Mutuelle du transfert")
                .contains("Reason given: " + REASON);
    }

    @Test
    void aTransferToTheSameOrAnUnknownInsurerOrByAnyoneElseIsRefusedAndChangesNothing() {
        String agent = fixtures.newUser(Role.AGENT, "Claire Roux");
        String otherAgent = agentOf(next, "Louis Petit");
        assertThatThrownBy(() -> transfer(agent, former, REASON))
                .isInstanceOf(UserInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "claim.transfer.error.same");
        assertThatThrownBy(() -> transfer(agent, -1, REASON))
                .isInstanceOf(UserInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "claim.insurer.error.unknown");
        assertThatThrownBy(() -> transfer(agent, next, "  "))
                .isInstanceOf(UserInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "claim.transfer.error.reason");
        assertThatThrownBy(() -> transfer(otherAgent, next, REASON)).isInstanceOf(ClaimNotFoundException.class);
        assertThatThrownBy(() -> transfer(victim, next, REASON)).isInstanceOf(AccessDeniedException.class);
        assertThat(handlingInsurer()).isEqualTo(former);
        assertThat(jdbc.queryForObject(
                        "select count(*) from claim_revision r join claim c on c.id = r.claim_id "
                                + "where c.reference = ? and r.section = 'insurer'",
                        Integer.class,
                        ref))
                .isZero();
        assertThat(transferMails(victim, "Votre dossier " + ref + " est transmis"))
                .isEmpty();
    }
}
