package fr.victimportal.shared;

import java.util.Collection;
import java.util.Set;

/**
 * Who takes part in an insurer's claims: the owners and the active caseworkers of the claims that insurer handles.
 * Implemented by the claim module; the account module asks it to show an agent only the locked accounts of their own
 * insurer's claimants (it may not depend on the claim module).
 */
public interface InsurerClaimPeople {

    /** Those of {@code accountIds} who own, or work as a caseworker on, a claim the insurer handles now. */
    Set<Long> amongPeopleOf(long insurerId, Collection<Long> accountIds);
}
