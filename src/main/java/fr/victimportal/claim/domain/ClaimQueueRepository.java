package fr.victimportal.claim.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClaimQueueRepository extends JpaRepository<ClaimQueueEntry, Long> {

    /** The insurer's submitted claims whose queue line is missing or was worked out before {@code today}. */
    @Query("""
            select c from Claim c left join ClaimQueueEntry e on e.claimId = c.id
            where c.status = fr.victimportal.claim.model.ClaimStatus.SUBMITTED and c.handling.insurerId = :insurer
              and (e.claimId is null or e.computedOn < :today)""")
    List<Claim> stale(@Param("insurer") long insurerId, @Param("today") LocalDate today);

    /** Submitted claims of every insurer whose queue line is missing or of an earlier day, a batch at a time. */
    @Query("""
            select c from Claim c left join ClaimQueueEntry e on e.claimId = c.id
            where c.status = fr.victimportal.claim.model.ClaimStatus.SUBMITTED
              and (e.claimId is null or e.computedOn < :today)
            order by c.id""")
    List<Claim> staleBatch(@Param("today") LocalDate today, Limit limit);
}
