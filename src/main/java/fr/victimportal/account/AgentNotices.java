package fr.victimportal.account;

import fr.victimportal.notification.Mail;
import fr.victimportal.notification.MailMessage;
import fr.victimportal.notification.Outbox;
import org.springframework.stereotype.Component;

/**
 * Procedure notices to the insurer's agents (an acceptance, a withdrawal, an aggravation): one mail per agent, never
 * a reminder they could turn off. The one place that decides who "the insurer's agents" are, so that the modules that
 * tell them do not each walk the accounts.
 */
@Component
public class AgentNotices {

    private final Outbox outbox;
    private final AccountService accounts;

    AgentNotices(Outbox outbox, AccountService accounts) {
        this.outbox = outbox;
        this.accounts = accounts;
    }

    /**
     * Queues {@code message} for every agent, in the caller's transaction. {@code key} names the fact (e.g.
     * {@code "offer:VP-…:accepted:12"}); with the agent's id appended it is the outbox's de-duplication key, so telling
     * the same fact twice (an event delivered again after a restart) writes no second mail.
     */
    public void tell(String key, MailMessage message) {
        for (long agent : accounts.idsWithRole(Role.AGENT)) {
            outbox.enqueue(Mail.notice(agent, message, key + ":" + agent));
        }
    }
}
