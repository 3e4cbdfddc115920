package fr.victimportal.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.Relation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 25: a screen built in one read-only transaction checks access once per user and claim; the answer kept for
 * one user is never given to another in the same transaction, nor outlives it.
 */
class AccessMemoTest extends IntegrationTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private ClaimService claims;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void theOwnersAnswerIsNeverAnotherUsersInTheSameTransaction() {
        String owner = fixtures.newUser(Role.VICTIM, "Memo Titulaire");
        String other = fixtures.newUser(Role.VICTIM, "Memo Intrus");
        String ref = fixtures.submittedClaim(
                owner, LocalDate.of(2026, 1, 5), new ProcedureDates(LocalDate.of(2026, 1, 12), null, null, null));
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> {
            assertThat(fixtures.as(owner, () -> claims.open(ref)).viewer()).isEqualTo(Relation.OWNER);
            assertThat(fixtures.as(owner, () -> claims.open(ref)).viewer()).isEqualTo(Relation.OWNER);
            assertThatThrownBy(() -> fixtures.as(other, () -> claims.open(ref)))
                    .isInstanceOf(ClaimNotFoundException.class);
            status.setRollbackOnly();
        });
        // a new transaction checks again
        assertThatThrownBy(() -> fixtures.as(other, () -> claims.open(ref))).isInstanceOf(ClaimNotFoundException.class);
    }
}
