package fr.victimportal.correspondence.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ThreadNoticeRepository extends JpaRepository<ThreadNotice, Long> {

    Optional<ThreadNotice> findByClaimIdAndRecipientKey(long claimId, String recipientKey);

    /**
     * One more line owed to this recipient, in one statement (a digest being sent at the same moment then fails its
     * version check and is retried at the next run, instead of the message failing): 0 when the row does not exist.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update ThreadNotice n set n.pendingSince = coalesce(n.pendingSince, :at), n.pendingCount = n.pendingCount + 1,"
                    + " n.version = n.version + 1 where n.claimId = :claim and n.recipientKey = :key")
    int owe(@Param("claim") long claimId, @Param("key") String recipientKey, @Param("at") Instant at);

    /** Digests owed now: something pending, and the last one sent before {@code sentBefore} (or never). */
    @Query("select n from ThreadNotice n where n.pendingSince is not null"
            + " and (n.lastSentAt is null or n.lastSentAt <= :sentBefore) order by n.pendingSince")
    List<ThreadNotice> due(@Param("sentBefore") Instant sentBefore, Limit limit);
}
