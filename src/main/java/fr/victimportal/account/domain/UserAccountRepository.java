package fr.victimportal.account.domain;

import fr.victimportal.account.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(@Nullable String email);

    List<UserAccount> findByLockedUntilAfterOrderByLockedUntilAsc(Instant now);

    List<UserAccount> findByDisplayNameContainingIgnoreCase(String text);

    List<UserAccount> findByRoleOrderById(Role role);

    /** The live accounts of an insurer with that role (its agents), by name. */
    List<UserAccount> findByInsurerIdAndRoleAndDeletedAtIsNullOrderByDisplayNameAsc(Long insurerId, Role role);

    List<UserAccount> findByInsurerIdAndRole(Long insurerId, Role role);
    /** The ids of an insurer's accounts of one role that are not retired, deleted or disabled. */
    @Query("""
            select u.id from UserAccount u where u.role = :role and u.insurerId = :insurer
              and u.retiredAt is null and u.deletedAt is null and u.enabled = true order by u.id""")
    List<Long> activeIdsOfInsurer(@Param("insurer") long insurerId, @Param("role") Role role);

    /**
     * Id and display name of each given account, deleted ones included, as {@code findAllById} read them (issue 25):
     * two columns, not the row with its password hash, and a query string whose plan Hibernate caches (the
     * repository's {@code findAllById} builds a criteria query on every call: 9 % of a navigation's time in a
     * sampled Karibu loop).
     */
    @Query("select u.id, u.displayName from UserAccount u where u.id in :ids")
    List<Object[]> findDisplayNames(@Param("ids") Collection<Long> ids);

    /** The session epoch of a live account (asked on every signed-in request: one column, not the whole row). */
    @Query("select u.sessionEpoch from UserAccount u where u.id = :id and u.deletedAt is null")
    Optional<Integer> findSessionEpoch(@Param("id") long id);

    /**
     * Counts one failed login in a single statement, so parallel guesses cannot lose a count. A lock that has expired
     * starts a new series; reaching {@code maxAttempts} locks the account until {@code lockUntil}.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UserAccount u set
              u.failedLoginCount = case when u.lockedUntil is not null and u.lockedUntil <= :now then 1
                                        else u.failedLoginCount + 1 end,
              u.lockedUntil = case when u.lockedUntil is not null and u.lockedUntil <= :now then null
                                   when u.failedLoginCount + 1 >= :maxAttempts then :lockUntil
                                   else u.lockedUntil end
            where u.email = :email""")
    int recordFailedLogin(
            @Param("email") String email,
            @Param("now") Instant now,
            @Param("maxAttempts") int maxAttempts,
            @Param("lockUntil") Instant lockUntil);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update UserAccount u set u.failedLoginCount = 0, u.lockedUntil = null, u.lastLoginAt = :now where u.email = :email")
    int recordSuccessfulLogin(@Param("email") String email, @Param("now") Instant now);
}
