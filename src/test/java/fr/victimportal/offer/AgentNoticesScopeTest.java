package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.AfterCommitListeners;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestClock;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.insurer.InsurerFixtures;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The procedure notices go to the insurer handling the claim only: each of its active agents and its mailbox get one
 * mail, at a real SMTP server; a retired agent, the agents of other insurers and their mailboxes get none.
 */
class AgentNoticesScopeTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private InsurerFixtures insurers;

    @Autowired
    private OfferService offers;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private AfterCommitListeners afterCommit;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void onlyTheHandlingInsurersActiveAgentsAndMailboxAreTold() {
        clock.set(ZonedDateTime.of(2026, 12, 4, 11, 0, 0, 0, TestClock.PARIS).toInstant());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String handlingBox = "sinistres-" + tag + "@assureur-nord.example";
        String otherBox = "sinistres-" + tag + "@autre-assureur.example";
        long handling = claims.insurer("N-" + tag, "Assurances du Nord " + tag);
        long other = claims.insurer("A-" + tag, "Autre assureur " + tag);
        insurers.mailbox("N-" + tag, "Assurances du Nord " + tag, handlingBox);
        insurers.mailbox("A-" + tag, "Autre assureur " + tag, otherBox);
        String agent = insurers.memberOf(handling, Role.AGENT, "Agent Nord");
        String retired = insurers.memberOf(handling, Role.AGENT, "Agent Parti");
        jdbc.update("update app_user set retired_at = current_timestamp, enabled = false where email = ?", retired);
        String admin = insurers.memberOf(handling, Role.INSURER_ADMIN, "Admin Nord");
        String otherAgent = insurers.memberOf(other, Role.AGENT, "Agent Autre");
        String fixturesAgent = claims.newUser(Role.AGENT, "Agent Essai");

        var v = fixtures.victim("Lou Martin");
        jdbc.update("update claim set handling_insurer_id = ? where reference = ?", handling, v.reference());
        fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads()));
        OfferFile offer = fixtures.latest(v.email(), v.reference());
        claims.as(
                v.email(), () -> offers.accept(v.reference(), offer.id(), offer.version(), LocalDate.of(2026, 12, 4)));
        afterCommit.awaitAll();
        MailTesting.deliverAll(delivery);

        String subject = "Dossier " + v.reference() + " : la victime a accepté l’offre";
        assertThat(ReceivedMail.to(SMTP, agent))
                .extracting(ReceivedMail::subject)
                .containsExactly(subject);
        ReceivedMail box = ReceivedMail.to(SMTP, handlingBox).get(0);
        assertThat(box.subject()).isEqualTo(subject);
        assertThat(box.text()).contains("Assurances du Nord " + tag);
        assertThat(ReceivedMail.to(SMTP, handlingBox)).hasSize(1);
        assertThat(ReceivedMail.to(SMTP, retired)).as("a retired agent").isEmpty();
        assertThat(ReceivedMail.to(SMTP, admin))
                .as("the administrator manages, the agents act")
                .isEmpty();
        assertThat(ReceivedMail.to(SMTP, otherAgent))
                .as("another insurer's agent")
                .isEmpty();
        assertThat(ReceivedMail.to(SMTP, otherBox))
                .as("another insurer's mailbox")
                .isEmpty();
        assertThat(ReceivedMail.to(SMTP, fixturesAgent))
                .as("the former default: every agent")
                .isEmpty();
    }
}
