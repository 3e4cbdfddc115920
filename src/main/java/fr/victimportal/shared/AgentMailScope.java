package fr.victimportal.shared;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Whose mails the signed-in insurer agent may see and send again on the failed-mail screen: the people on their own
 * insurer's claims (owners and participants), their insurer's own agents, and their insurer's mailbox; never another
 * insurer's victims. Implemented by the claim module (which knows the claims and their handling insurer), so that the
 * notification module, which holds the outbox and depends on nothing but {@code shared}, can filter without knowing
 * claims or insurers. Without an implementation the agent sees no mail.
 */
public interface AgentMailScope {

    /** Of these account ids, the ones the current agent may see mails to (empty when the user is not an agent). */
    Set<Long> accountsInScope(Collection<Long> accountIds);

    /** The current agent's insurer's shared mailbox, if it has one. */
    Optional<String> ownMailbox();
}
