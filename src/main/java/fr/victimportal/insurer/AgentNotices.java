package fr.victimportal.insurer;

import fr.victimportal.account.AccountService;
import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import org.springframework.stereotype.Component;

/**
 * Procedure notices to one insurer's claims department (an acceptance, a withdrawal, an aggravation): one mail per
 * active agent of THAT insurer, plus its shared mailbox when it gave one; never a reminder they could turn off, and
 * never a mail to another insurer's agents. The one place that decides who "the insurer's agents" are, so that the
 * modules that tell them do not each walk the accounts.
 */
@Component
public class AgentNotices {

    private final Outbox outbox;
    private final AccountService accounts;
    private final Insurers insurers;

    AgentNotices(Outbox outbox, AccountService accounts, Insurers insurers) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.insurers = insurers;
    }

    /**
     * Queues {@code message} for every active agent of the insurer and for its mailbox, in the caller's transaction.
     * {@code key} names the fact (e.g. {@code "offer:VP-…:accepted:12"}); with the agent's id (or {@code mailbox})
     * appended it is the outbox's de-duplication key, so telling the same fact twice (an event delivered again after a
     * restart) writes no second mail.
     */
    public void tell(long insurerId, String key, MailMessage message) {
        for (long agent : accounts.activeAgentIdsOf(insurerId)) {
            outbox.enqueue(Mail.notice(agent, message, key + ":" + agent));
        }
        insurers.mailbox(insurerId)
                .filter(address -> !address.isBlank())
                .ifPresent(address -> outbox.enqueueToMailbox(
                        address,
                        insurers.find(insurerId).map(InsurerRef::name).orElse(address),
                        message,
                        key + ":mailbox"));
    }
}
