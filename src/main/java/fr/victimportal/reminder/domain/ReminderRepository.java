package fr.victimportal.reminder.domain;

import fr.victimportal.reminder.ReminderStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReminderRepository extends JpaRepository<Reminder, Long> {

    List<Reminder> findByClaimReferenceOrderByDueDateAscKindAsc(String claimReference);

    /** How many reminders are due and not sent (the metrics gauge; the same index as {@link #findDueClaims}). */
    long countByStatusAndSendAtLessThanEqual(ReminderStatus status, Instant now);

    /**
     * The claims with a reminder due: planned, send time come, oldest first. Reads the (status, send_at) index only
     * up to {@code now}, so it costs what is due, not what is planned.
     */
    @Query("""
            select r.claimReference from Reminder r
            where r.status = :status and r.sendAt <= :now
            order by r.sendAt""")
    List<String> findDueClaims(@Param("status") ReminderStatus status, @Param("now") Instant now, Limit limit);
}
