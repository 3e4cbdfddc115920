package fr.victimportal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.insurer.InsurerFixtures;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import fr.victimportal.notification.OutboxMails;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agent of another insurer: a claim typed in the URL is "not found", exactly as a reference that does not exist,
 * and the attempt is in the audit trail; the failed-mail screen shows and retries only the mails of their own
 * insurer's people and mailbox.
 */
class InsurerScopeTest extends IntegrationTest {

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private InsurerFixtures insurers;

    @Autowired
    private ClaimService claimService;

    @Autowired
    private AccountService accounts;

    @Autowired
    private OutboxMails failedMails;

    @Autowired
    private ClaimParticipants participants;

    @Autowired
    private Outbox outbox;

    @Autowired
    private TransactionTemplate tx;

    @Autowired
    private JdbcTemplate jdbc;

    private String claim(String victim) {
        return claims.submittedClaim(
                victim,
                LocalDate.now(clock).minusDays(20),
                new ProcedureDates(LocalDate.now(clock).minusDays(18), null, null, null));
    }

    private long deniedEntries(String agent, String reference) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry e join claim c on c.id = e.claim_id where c.reference = ?"
                        + " and e.actor_id = ? and e.action = 'OPEN_CLAIM' and e.outcome = 'DENIED'",
                Long.class,
                reference,
                accounts.idOf(agent).orElseThrow());
    }

    @Test
    void anotherInsurersClaimIsNotFoundLikeNoClaimAndTheAttemptIsInTheAuditTrail() {
        String owner = claims.newUser(Role.VICTIM, "Anne Audit");
        String ref = claim(owner);
        String other = insurers.otherAgent("Agent Curieux");
        String same = claims.newUser(Role.AGENT, "Agent Légitime");

        Throwable denied = catchThrowable(() -> claims.as(other, () -> claimService.open(ref)));
        String missing = "VP-ZZZZ-ZZZZ";
        Throwable none = catchThrowable(() -> claims.as(other, () -> claimService.open(missing)));
        assertThat(denied).isInstanceOf(ClaimNotFoundException.class);
        assertThat(none).isInstanceOf(ClaimNotFoundException.class);
        assertThat(denied.getMessage().replace(ref, "REF"))
                .as("the agent learns nothing more than for a reference that does not exist")
                .isEqualTo(none.getMessage().replace(missing, "REF"));
        assertThat(deniedEntries(other, ref)).isEqualTo(1);

        claims.as(same, () -> claimService.open(ref));
        assertThat(deniedEntries(same, ref))
                .as("the handling insurer's agent opens it")
                .isZero();
    }

    @Test
    void theFailedMailScreenShowsAndRetriesOnlyTheAgentsOwnInsurersMails() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String ownBox = "sinistres-" + tag + "@essai.example";
        String otherBox = "sinistres-" + tag + "@autre.example";
        long own = claims.insurer("F-" + tag, "Assurances F " + tag);
        long other = claims.insurer("G-" + tag, "Assurances G " + tag);
        insurers.mailbox("F-" + tag, "Assurances F " + tag, ownBox);
        insurers.mailbox("G-" + tag, "Assurances G " + tag, otherBox);
        String ownVictim = claims.newUser(Role.VICTIM, "Victime F");
        String otherVictim = claims.newUser(Role.VICTIM, "Victime G");
        jdbc.update("update claim set handling_insurer_id = ? where reference = ?", own, claim(ownVictim));
        jdbc.update("update claim set handling_insurer_id = ? where reference = ?", other, claim(otherVictim));
        String agent = insurers.memberOf(own, Role.AGENT, "Agent F");
        String colleague = insurers.memberOf(own, Role.AGENT, "Collègue F");
        String otherAgent = insurers.memberOf(other, Role.AGENT, "Agent G");

        MailMessage message =
                MailMessage.subject("offer.mail.withdrawn.subject", "VP-TEST").build();
        tx.executeWithoutResult(s -> {
            for (String person : List.of(ownVictim, otherVictim, colleague, otherAgent)) {
                outbox.enqueue(Mail.notice(accounts.idOf(person).orElseThrow(), message, tag + ":" + person));
            }
            outbox.enqueueToMailbox(ownBox, "F", message, tag + ":own-box");
            outbox.enqueueToMailbox(otherBox, "G", message, tag + ":other-box");
        });
        jdbc.update("update mail_outbox set status = 'FAILED' where dedup_key like ?", tag + ":%");

        List<String> seen = claims.as(agent, () -> failedMails.failed()).stream()
                .map(OutboxMails.Summary::recipient)
                .filter(address -> address.contains(tag) || jdbcKnows(address, tag))
                .toList();
        assertThat(seen).containsExactlyInAnyOrder(ownVictim, colleague, ownBox);

        long otherVictimsMail = jdbc.queryForObject(
                "select id from mail_outbox where dedup_key = ?", Long.class, tag + ":" + otherVictim);
        assertThat(claims.as(agent, () -> failedMails.retry(otherVictimsMail)))
                .as("another insurer's victim's mail is not retried")
                .isFalse();
        assertThat(jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, otherVictimsMail))
                .isEqualTo("FAILED");
        long ownVictimsMail = jdbc.queryForObject(
                "select id from mail_outbox where dedup_key = ?", Long.class, tag + ":" + ownVictim);
        assertThat(claims.as(agent, () -> failedMails.retry(ownVictimsMail))).isTrue();
        assertThat(claims.as(otherAgent, () -> failedMails.failed()).stream()
                        .map(OutboxMails.Summary::recipient)
                        .filter(address -> address.contains(tag) || jdbcKnows(address, tag))
                        .toList())
                .containsExactlyInAnyOrder(otherVictim, otherAgent, otherBox);
    }

    /** Whether the address is one of this test's failed mails (the shared test database holds others'). */
    private boolean jdbcKnows(String address, String tag) {
        return jdbc.queryForObject(
                        "select count(*) from mail_outbox where recipient_address = ? and dedup_key like ?",
                        Integer.class,
                        address,
                        tag + ":%")
                > 0;
    }
}
