package fr.victimportal.claim.internal;

import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * "This user may see claim X, as Y", kept for the length of one read-only transaction only (issue 25): a screen built
 * in one transaction asks each of its services, and each still checks, but the claim's row is read once. Bound to the
 * transaction of the current thread and dropped when it completes, so nothing is kept across requests; keyed by the
 * user's id and the reference, so one user's answer is never another's. A writing transaction keeps nothing: a change
 * made in it (a mandate revoked, an owner changed) is seen by the next check.
 */
final class AccessMemo {

    private AccessMemo() {}

    /** The memo of the current read-only transaction, made on first use; {@code null} outside one. */
    @SuppressWarnings("unchecked")
    static @Nullable Map<String, Access> current(Object owner) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        Object key = new Key(owner);
        Object bound = TransactionSynchronizationManager.getResource(key);
        if (bound != null) {
            return (Map<String, Access>) bound;
        }
        Map<String, Access> memo = new HashMap<>();
        TransactionSynchronizationManager.bindResource(key, memo);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return memo;
    }

    /** The resource key: one memo per policy bean (two application contexts in one JVM never share one). */
    private record Key(Object owner) {}
}
