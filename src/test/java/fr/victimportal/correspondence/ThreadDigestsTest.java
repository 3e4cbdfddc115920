package fr.victimportal.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.victimportal.IntegrationTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimInsurers;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.MedicalFixtures.Cast;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailPreferences;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
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

/**
 * The threads' digest mails, as received over SMTP: one mail per thread and recipient an hour at most, never to the
 * author, never with a message's text, in the recipient's language, and none for a recipient who read everything or
 * turned the topic off.
 */
class ThreadDigestsTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    static final String MAILBOX = "sinistres-messagerie@example.org";

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private ClaimThreads threads;

    @Autowired
    private ClaimInsurers claimInsurers;

    @Autowired
    private AccountService accounts;

    @Autowired
    private MailPreferences preferences;

    @Autowired
    private ThreadDigests digests;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void nineInTheMorning() {
        today(2026, 11, 3, 9);
    }

    private void post(String login, String reference, String text) {
        fixtures.as(login, () -> threads.post(reference, text, List.of(), List.of(), List.of()));
    }

    private List<ReceivedMail> digestsTo(String address, String subjectStart) {
        MailTesting.deliverAll(delivery);
        return ReceivedMail.to(SMTP, address).stream()
                .filter(m -> m.subject().startsWith(subjectStart))
                .toList();
    }

    private String agentOf(long insurer, String name) {
        String email = "agent-" + UUID.randomUUID() + "@example.org";
        accounts.attachToInsurer(
                accounts.create(email, ClaimFixtures.PASSWORD, name, Role.AGENT, Locale.FRENCH), insurer);
        return email;
    }

    @Test
    void threeMessagesWithinAnHourGiveOneDigestToEachOtherMemberAndAFourthWaitsForTheHour() {
        Cast cast = medical.claimWithParticipants();
        String ref = cast.reference();
        // the claim went to another insurer since it was sent: its current agents and mailbox are told
        long current = fixtures.insurer("TEST-THREAD-MAILS", "Mutuelle de la messagerie");
        jdbc.update("update insurer set mailbox = ? where id = ?", MAILBOX, current);
        String agent = agentOf(current, "Hugo Marchand");
        fixtures.as(cast.agent(), () -> {
            claimInsurers.transfer(ref, current, "Convention IRCA.");
            return null;
        });

        post(cast.victim(), ref, "Mon genou me fait toujours souffrir.");
        clock.advance(Duration.ofMinutes(10));
        post(cast.victim(), ref, "J’ai revu le chirurgien.");
        clock.advance(Duration.ofMinutes(10));
        post(cast.victim(), ref, "Voici où en est mon arrêt de travail.");
        clock.advance(Duration.ofMinutes(5));
        assertThat(digests.sendDue().sent()).isGreaterThanOrEqualTo(2);

        String subject = "Dossier " + ref + " :";
        List<ReceivedMail> toAgent = digestsTo(agent, subject);
        assertThat(toAgent).hasSize(1);
        assertThat(toAgent.getFirst().subject())
                .isEqualTo("Dossier " + ref + " : 3 nouveaux éléments dans la messagerie");
        assertThat(toAgent.getFirst().text())
                .contains("La messagerie du dossier " + ref + " a 3 nouveaux éléments")
                .contains("De la part de : la victime.")
                .contains("/dossier/" + ref + "/messages")
                .doesNotContain("genou", "chirurgien", "arrêt de travail");
        assertThat(digestsTo(MAILBOX, subject)).hasSize(1);
        List<ReceivedMail> toHelper = digestsTo(cast.helper(), subject);
        assertThat(toHelper).hasSize(1);
        assertThat(toHelper.getFirst().text())
                .contains("De la part de : la victime.")
                .contains("desabonnement/")
                .doesNotContain("genou");
        assertThat(digestsTo(cast.victim(), subject)).as("never to the author").isEmpty();
        assertThat(digestsTo(cast.agent(), subject))
                .as("nor to the former insurer's agent")
                .isEmpty();

        // a fourth message 30 minutes later waits until an hour after the first digest
        clock.advance(Duration.ofMinutes(30));
        post(cast.victim(), ref, "Un quatrième message.");
        digests.sendDue();
        clock.advance(Duration.ofMinutes(25));
        digests.sendDue();
        assertThat(digestsTo(agent, subject)).hasSize(1);
        assertThat(digestsTo(cast.helper(), subject)).hasSize(1);
        clock.advance(Duration.ofMinutes(5));
        digests.sendDue();
        digests.sendDue();
        List<ReceivedMail> later = digestsTo(agent, subject);
        assertThat(later).hasSize(2);
        assertThat(later.get(1).subject()).isEqualTo("Dossier " + ref + " : 1 nouvel élément dans la messagerie");
        assertThat(digestsTo(MAILBOX, subject)).hasSize(2);
        assertThat(digestsTo(cast.helper(), subject)).hasSize(2);
        assertThat(digestsTo(cast.victim(), subject)).isEmpty();
    }

    @Test
    void anAgentsMessageGivesTheEnglishVictimOneMailInEnglishWithoutTheText() {
        String victim = "victim-" + UUID.randomUUID() + "@example.org";
        accounts.create(victim, ClaimFixtures.PASSWORD, "Jane Walker", Role.VICTIM, Locale.ENGLISH);
        String ref =
                fixtures.submittedClaim(victim, LocalDate.of(2026, 10, 5), new ProcedureDates(null, null, null, null));
        String agent = fixtures.newUser(Role.AGENT, "Claire Roux");
        post(agent, ref, "Votre certificat mentionne une fracture du tibia.");
        clock.advance(Duration.ofMinutes(5));
        digests.sendDue();
        digests.sendDue();

        List<ReceivedMail> mails = digestsTo(victim, "Claim " + ref);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).isEqualTo("Claim " + ref + ": 1 new item in the messages");
        assertThat(mails.getFirst().text())
                .contains("The messages of claim " + ref + " have 1 new item")
                .contains("From: the insurer Assurances d’essai.")
                .contains("does not copy the messages")
                .contains("/dossier/" + ref + "/messages")
                .doesNotContain("fracture", "tibia", "certificat");
        assertThat(mails.getFirst().html()).doesNotContain("fracture", "tibia");
        assertThat(digestsTo(agent, "Dossier " + ref)).as("never to the author").isEmpty();
    }

    @Test
    void aVictimWhoReadEverythingBeforeTheJobOrTurnedTheTopicOffGetsNothing() {
        Cast cast = medical.claimWithParticipants();
        String ref = cast.reference();
        post(cast.agent(), ref, "Avez-vous reçu notre courrier ?");
        fixtures.as(cast.victim(), () -> {
            threads.markRead(ref, Long.MAX_VALUE);
            return null;
        });
        fixtures.as(cast.helper(), () -> {
            preferences.setMine(CorrespondenceTopics.CODE, false);
            return null;
        });
        clock.advance(Duration.ofMinutes(5));
        digests.sendDue();
        String subject = "Dossier " + ref + " :";
        assertThat(digestsTo(cast.victim(), subject)).as("read already").isEmpty();
        assertThat(digestsTo(cast.helper(), subject)).as("turned off").isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from thread_notice n join claim c on c.id = n.claim_id"
                                + " where c.reference = ? and n.pending_since is not null",
                        Integer.class,
                        ref))
                .as("nothing is owed any more")
                .isZero();

        // a later message, not read: the victim is told (nothing was sent, so no hour to wait)
        clock.advance(Duration.ofMinutes(5));
        post(cast.agent(), ref, "Merci de nous répondre.");
        digests.sendDue();
        assertThat(digestsTo(cast.victim(), subject)).hasSize(1);
        assertThat(digestsTo(cast.helper(), subject)).isEmpty();
    }
}
