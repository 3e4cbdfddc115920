package fr.victimportal.correspondence.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DocumentRequestRepository extends JpaRepository<DocumentRequest, Long> {

    List<DocumentRequest> findByClaimIdOrderByIdDesc(long claimId);

    long countByClaimIdAndState(long claimId, DocumentRequest.State state);

    /** Open requests owing a reminder: open for a week without one, or due today or before without one. */
    @Query("select r from DocumentRequest r where r.state = 'OPEN' and ((r.remindedWeekAt is null"
            + " and r.requestedAt <= :weekAgo) or (r.remindedDueAt is null and r.dueDate <= :today))")
    List<DocumentRequest> owingReminder(@Param("weekAgo") Instant weekAgo, @Param("today") LocalDate today);

    List<DocumentRequest> findByClaimIdInAndState(Collection<Long> claimIds, DocumentRequest.State state);
}
