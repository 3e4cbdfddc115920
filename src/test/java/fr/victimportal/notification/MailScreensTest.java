package fr.victimportal.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.QueryParameters;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.DemoLogins;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.notification.domain.OutboxMail;
import fr.victimportal.notification.domain.OutboxMailRepository;
import fr.victimportal.notification.ui.DemoOutboxView;
import fr.victimportal.notification.ui.FailedMailsView;
import fr.victimportal.notification.ui.MailPreferencesView;
import fr.victimportal.shared.DemoModeGuard;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The mail screens on the real views: failed mails (agents), the demo outbox, preferences and unsubscribing. */
class MailScreensTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private Outbox outbox;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private OutboxMails outboxMails;

    @Autowired
    private OutboxMailRepository mails;

    @Autowired
    private MailPreferences preferences;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private AccountService accounts;

    @Autowired
    private TransactionTemplate tx;

    @BeforeEach
    void emptyTheQueue() {
        MailTesting.deliverAll(delivery);
    }

    private long idOf(String email) {
        return accounts.idOf(email).orElseThrow();
    }

    private OutboxMail write(String email, Mail mail) {
        tx.executeWithoutResult(s -> outbox.enqueue(mail));
        List<OutboxMail> written = mails.findByRecipientAddressOrderByIdAsc(email);
        return written.get(written.size() - 1);
    }

    private static MailMessage offerMessage(String reference) {
        return MailMessage.subject("reminder.OFFER_8M_OVERDUE.subject", LocalDate.of(2026, 11, 2))
                .paragraph("reminder.OFFER_8M_OVERDUE.lead", LocalDate.of(2026, 11, 2), reference)
                .paragraph("deadline.OFFER_8M.ifMissed")
                .action("reminder.action.dashboard", "dossier/" + reference)
                .build();
    }

    @Test
    void anAgentSeesAFailedMailWithItsErrorAndRetriesItOnceTheServerIsBack() {
        String victim = fixtures.newUser(Role.VICTIM, "Théo Blanc");
        // an agent sees the failed mails of the people on their own insurer's claims: the victim's claim is addressed
        // to the fixtures' insurer, the agent's
        fixtures.submittedClaim(
                victim, LocalDate.of(2026, 9, 1), new ProcedureDates(LocalDate.of(2026, 9, 3), null, null, null));
        String agent = fixtures.newUser(Role.AGENT, "Agent Support");
        OutboxMail mail = write(victim, Mail.notice(idOf(victim), offerMessage("VP-TEST-FAIL"), null));
        SMTP.stop();
        for (int run = 0;
                run < 20 && mails.findById(mail.getId()).orElseThrow().getStatus() != MailStatus.FAILED;
                run++) {
            delivery.deliverDue();
            clock.advance(Duration.ofHours(13));
        }
        assertThat(mails.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.FAILED);

        login(agent, ClaimFixtures.PASSWORD);
        UI.getCurrent().navigate(FailedMailsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Courriels en échec");
        @SuppressWarnings("unchecked")
        Grid<OutboxMails.Summary> grid = _get(Grid.class);
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).id() == mail.getId())
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row))
                .contains(victim, "6")
                .anyMatch(cell -> cell.contains("127.0.0.1"))
                .anyMatch(cell -> cell.startsWith("Offre de l’assureur"));

        SMTP.start();
        Button retry = (Button) GridKt._getCellComponent(grid, row, "action");
        assertThat(retry.getElement().getAttribute("aria-label")).isEqualTo("Relancer l’envoi du courriel à " + victim);
        _click(retry);
        NotificationsKt.expectNotifications("Le courriel à " + victim + " est de nouveau en file d’envoi.");
        assertThat(IntStream.range(0, GridKt._size(grid))
                        .mapToObj(i -> GridKt._get(grid, i).id()))
                .doesNotContain(mail.getId());

        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, victim)).hasSize(1);
        assertThat(mails.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void onlyAgentsOpenTheFailedMails() {
        login(DemoLogins.VICTIM, DemoLogins.VICTIM_PASSWORD);
        assertThatThrownBy(() -> UI.getCurrent().navigate(FailedMailsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void theDemoOutboxShowsEachMailWithItsTextHtmlAndLinksThatOpenTheScreenConcerned() {
        String victim = fixtures.newUser(Role.VICTIM, "Emma Roux", DemoModeGuard.DEMO_DOMAIN);
        today(2026, 3, 20, 12);
        String ref = fixtures.submittedClaim(
                victim, LocalDate.of(2026, 3, 2), new ProcedureDates(LocalDate.of(2026, 3, 10), null, null, null));
        // written after every mail of the shared test context (other tests' reminder runs date theirs in the
        // future), so it is among the newest the page lists whatever ran before
        today(2099, 1, 4, 12);
        OutboxMail mail = write(victim, Mail.reminder(idOf(victim), "OFFER", offerMessage(ref), null));
        clock.reset();

        openAs(victim, "demo/courriels");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DemoOutboxView.class);
        assertThat(StaticCards.texts("nav.portal-menu a")).contains("Courriels (démo)");
        assertThat(_get(H1.class).getText()).isEqualTo("Courriels écrits par le portail (démo)");
        @SuppressWarnings("unchecked")
        Grid<OutboxMails.Content> grid = _get(Grid.class);
        List<OutboxMails.Content> rows = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
        assertThat(rows)
                .extracting(m -> m.summary().createdAt())
                .as("newest first")
                .isSortedAccordingTo(Comparator.reverseOrder());
        int row = rows.stream().map(m -> m.summary().id()).toList().indexOf(mail.getId());
        assertThat(row).as("the mail to the demo address is listed").isNotNegative();
        assertThat(GridKt._getFormattedRow(grid, row))
                .contains(
                        victim,
                        "En attente",
                        "Offre de l’assureur : le délai de huit mois a pris fin le 2 novembre 2026");
        grid.select(rows.get(row));

        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .contains("Offre de l’assureur : le délai de huit mois a pris fin le 2 novembre 2026");
        assertThat(_get(Pre.class).getText()).startsWith("Bonjour Emma Roux,");
        assertThat(_get(IFrame.class).getSrcdoc()).get().asString().contains("<html lang=\"fr\">");
        assertThat(_find(Anchor.class))
                .extracting(Anchor::getHref)
                .contains("/dossier/" + ref, "/preferences/courriels")
                .anyMatch(href -> href.startsWith("/desabonnement/") && href.endsWith("?sujet=OFFER"));

        UI.getCurrent().navigate("dossier/" + ref);
        assertThat(_get(H1.class).getText()).isEqualTo("Dossier " + ref);
    }

    @Test
    void theDemoOutboxNeverShowsAMailToAnAddressOutsideTheDemoDomain() {
        // a real person who signed up on a demo server: their reset link must not be readable by demo visitors
        String stranger = fixtures.newUser(Role.VICTIM, "Nadia Leroy");
        String visitor = fixtures.newUser(Role.VICTIM, "Paul Visiteur", DemoModeGuard.DEMO_DOMAIN);
        OutboxMail toStranger =
                write(stranger, Mail.reminder(idOf(stranger), "OFFER", offerMessage("VP-XXXX-XXXX"), null));
        OutboxMail toVisitor =
                write(visitor, Mail.reminder(idOf(visitor), "OFFER", offerMessage("VP-YYYY-YYYY"), null));

        openAs(visitor, "demo/courriels");
        @SuppressWarnings("unchecked")
        Grid<OutboxMails.Content> grid = _get(Grid.class);
        List<OutboxMails.Content> rows = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
        assertThat(rows)
                .extracting(m -> m.summary().id())
                .contains(toVisitor.getId())
                .doesNotContain(toStranger.getId());
        assertThat(rows)
                .extracting(m -> m.summary().recipient())
                .allMatch(address -> address.endsWith("@" + DemoModeGuard.DEMO_DOMAIN));
        assertThat(outboxMails.demoOutbox())
                .extracting(m -> m.summary().recipient())
                .doesNotContain(stranger);
    }

    @Test
    void aVictimTurnsAReminderTopicOffOnTheirPreferencesPage() {
        String victim = fixtures.newUser(Role.VICTIM, "Lina Perrin");
        login(victim, ClaimFixtures.PASSWORD);
        UI.getCurrent().navigate(MailPreferencesView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Mes rappels par courriel");
        assertThat(_find(Checkbox.class))
                .extracting(Checkbox::getLabel)
                .containsExactly(
                        "Questionnaire de l’assureur",
                        "Délais de l’offre d’indemnisation",
                        "Examen médical",
                        "Après un accord : rétractation et paiement",
                        "Délais pour agir : prescription, aggravation, Fonds de garantie",
                        "Messages et demandes de documents de mon dossier");
        assertThat(_find(Checkbox.class)).allMatch(Checkbox::getValue);
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("ne peuvent pas être désactivés"));

        HasValueUtilsKt._setValue(
                _get(
                        Checkbox.class,
                        c -> c.withLabel("Délais pour agir : prescription, aggravation, Fonds de garantie")),
                false);
        NotificationsKt.expectNotifications("Votre choix est enregistré.");
        assertThat(preferences.allows(idOf(victim), "LIMITATION")).isFalse();
        assertThat(preferences.allows(idOf(victim), "OFFER")).isTrue();

        UI.getCurrent().navigate(MailPreferencesView.class);
        assertThat(_get(
                                Checkbox.class,
                                c -> c.withLabel("Délais pour agir : prescription, aggravation, Fonds de garantie"))
                        .getValue())
                .isFalse();
    }

    @Test
    void theUnsubscribeLinkOfAMailWorksWithoutSigningInAndOnlyAfterConfirming() {
        String victim = fixtures.newUser(Role.VICTIM, "Noé Girard");
        OutboxMail mail = write(victim, Mail.reminder(idOf(victim), "OFFER", offerMessage("VP-TEST-UNSB"), null));
        URI link = URI.create(mail.getUnsubscribeUrl());

        UI.getCurrent().navigate(link.getPath().substring(1), QueryParameters.fromString(link.getQuery()));
        assertThat(_get(H1.class).getText()).isEqualTo("Se désabonner des rappels");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("Vous ne voulez plus recevoir les rappels « Délais de l’offre d’indemnisation » ?");
        assertThat(preferences.allows(idOf(victim), "OFFER"))
                .as("opening the link changes nothing")
                .isTrue();

        _click(_get(Button.class, b -> b.withText("Ne plus recevoir ces rappels")));
        assertThat(_get(Paragraph.class, p -> p.withClasses("unsubscribe-result"))
                        .getText())
                .isEqualTo("C’est fait : vous ne recevrez plus les rappels « Délais de l’offre d’indemnisation ».");
        assertThat(preferences.allows(idOf(victim), "OFFER")).isFalse();
        assertThat(preferences.allows(idOf(victim), "QUESTIONNAIRE")).isTrue();

        UI.getCurrent().navigate(link.getPath().substring(1));
        _click(_get(Button.class, b -> b.withText("Ne plus recevoir aucun rappel")));
        assertThat(preferences.allows(idOf(victim), "QUESTIONNAIRE")).isFalse();
        assertThat(preferences.allows(idOf(victim), "LIMITATION")).isFalse();
    }

    @Test
    void aWrongUnsubscribeTokenChangesNothingAndSaysSo() {
        UI.getCurrent().navigate("desabonnement/not-a-token");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("Ce lien de désabonnement n’est pas valide. Connectez-vous pour choisir vos rappels.");
        assertThat(_find(Button.class)).isEmpty();
    }
}
