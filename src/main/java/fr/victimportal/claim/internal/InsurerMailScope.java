package fr.victimportal.claim.internal;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.ClaimStatus;
import fr.victimportal.insurer.Insurers;
import fr.victimportal.shared.AgentMailScope;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The failed-mail screen's scope for an agent: the owners and the active participants of the submitted claims their
 * insurer handles, that insurer's agents, and its mailbox. A person who has claims with two insurers is in both
 * insurers' scopes (a mail row does not say which claim it is about).
 */
@Component
class InsurerMailScope implements AgentMailScope {

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Insurers insurers;
    private final EntityManager em;
    private final Clock clock;

    InsurerMailScope(
            CurrentUser currentUser, AccountService accounts, Insurers insurers, EntityManager em, Clock clock) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.insurers = insurers;
        this.em = em;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> accountsInScope(Collection<Long> accountIds) {
        Long insurer = agentInsurer();
        if (insurer == null || accountIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> in = new HashSet<>(em.createQuery(
                        "select distinct c.ownerId from Claim c where c.handling.insurerId = :insurer"
                                + " and c.status = :submitted and c.ownerId in :ids",
                        Long.class)
                .setParameter("insurer", insurer)
                .setParameter("submitted", ClaimStatus.SUBMITTED)
                .setParameter("ids", accountIds)
                .getResultList());
        in.addAll(em.createQuery(
                        "select distinct p.userId from ClaimParticipant p, Claim c where c.id = p.claimId"
                                + " and c.handling.insurerId = :insurer and c.status = :submitted"
                                + " and p.userId in :ids and (p.until is null or p.until > :now)",
                        Long.class)
                .setParameter("insurer", insurer)
                .setParameter("submitted", ClaimStatus.SUBMITTED)
                .setParameter("ids", accountIds)
                .setParameter("now", clock.instant())
                .getResultList());
        accounts.activeAgentIdsOf(insurer).stream().filter(accountIds::contains).forEach(in::add);
        return in;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> ownMailbox() {
        Long insurer = agentInsurer();
        return insurer == null ? Optional.empty() : insurers.mailbox(insurer).filter(m -> !m.isBlank());
    }

    private Long agentInsurer() {
        PortalUser user = currentUser.require();
        return user.role() == Role.AGENT ? user.insurerId() : null;
    }
}
