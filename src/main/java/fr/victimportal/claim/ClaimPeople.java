package fr.victimportal.claim;

import fr.victimportal.account.Role;
import fr.victimportal.shared.InsurerClaimPeople;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owners and active caseworkers of the claims an insurer handles (for the agents' locked-accounts screen). No caller
 * check: the account module asks it for the signed-in agent's own insurer.
 */
@Component
@Transactional(readOnly = true)
class ClaimPeople implements InsurerClaimPeople {

    private final EntityManager entities;

    ClaimPeople(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public Set<Long> amongPeopleOf(long insurerId, Collection<Long> accountIds) {
        Set<Long> found = new HashSet<>();
        if (accountIds.isEmpty()) {
            return found;
        }
        found.addAll(entities.createQuery(
                        "select c.ownerId from Claim c where c.handling.insurerId = :insurer and c.submittedAt is not null"
                                + " and c.ownerId in :ids",
                        Long.class)
                .setParameter("insurer", insurerId)
                .setParameter("ids", accountIds)
                .getResultList());
        found.addAll(entities.createQuery(
                        "select p.userId from ClaimParticipant p, Claim c where p.claimId = c.id"
                                + " and c.handling.insurerId = :insurer and p.role = :helper and p.until is null"
                                + " and p.userId in :ids",
                        Long.class)
                .setParameter("insurer", insurerId)
                .setParameter("helper", Role.HELPER)
                .setParameter("ids", accountIds)
                .getResultList());
        return found;
    }
}
