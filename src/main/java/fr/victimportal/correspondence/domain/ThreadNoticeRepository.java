package fr.victimportal.correspondence.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ThreadNoticeRepository extends JpaRepository<ThreadNotice, Long> {

    Optional<ThreadNotice> findByClaimIdAndRecipientKey(long claimId, String recipientKey);

    /** Digests owed now: something pending, and the last one sent before {@code sentBefore} (or never). */
    @Query("select n from ThreadNotice n where n.pendingSince is not null"
            + " and (n.lastSentAt is null or n.lastSentAt <= :sentBefore) order by n.pendingSince")
    List<ThreadNotice> due(@Param("sentBefore") Instant sentBefore, Limit limit);
}
