package fr.victimportal.notification.domain;

import fr.victimportal.notification.MailStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The outbox. Every change of a mail's delivery state is one guarded UPDATE whose WHERE clause states the state it
 * expects: when two instances race for the same mail, the database lets exactly one of them win (the other's update
 * counts 0 rows), so a mail is never claimed twice.
 */
public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    boolean existsByDedupKey(String dedupKey);

    /**
     * Ids of the mails due now: pending mails whose next attempt has come, and mails left "sending" by an instance
     * whose lease ran out. Uses the (status, next_attempt_at) index.
     */
    @Query("""
            select m.id from OutboxMail m
            where m.status in :statuses and m.nextAttemptAt <= :now
            order by m.nextAttemptAt""")
    List<Long> findDueIds(@Param("statuses") Collection<MailStatus> statuses, @Param("now") Instant now, Limit limit);

    /** Claims one due mail for {@code worker} until {@code leaseUntil}; 1 if this worker won it, 0 otherwise. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.status = fr.victimportal.notification.MailStatus.SENDING,
              m.claimedBy = :worker, m.nextAttemptAt = :leaseUntil, m.lastAttemptAt = :now,
              m.attempts = m.attempts + 1, m.version = m.version + 1
            where m.id = :id and m.nextAttemptAt <= :now
              and m.status in (fr.victimportal.notification.MailStatus.PENDING,
                               fr.victimportal.notification.MailStatus.SENDING)""")
    int claim(
            @Param("id") long id,
            @Param("worker") String worker,
            @Param("now") Instant now,
            @Param("leaseUntil") Instant leaseUntil);

    /** Marks a mail this worker still owns as sent. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.status = fr.victimportal.notification.MailStatus.SENT, m.sentAt = :now,
              m.claimedBy = null, m.version = m.version + 1
            where m.id = :id and m.claimedBy = :worker
              and m.status = fr.victimportal.notification.MailStatus.SENDING""")
    int markSent(@Param("id") long id, @Param("worker") String worker, @Param("now") Instant now);

    /** Records a failed attempt of a mail this worker still owns: back to pending at {@code next}, or failed. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.status = :status, m.nextAttemptAt = :next, m.lastError = :error,
              m.claimedBy = null, m.version = m.version + 1
            where m.id = :id and m.claimedBy = :worker
              and m.status = fr.victimportal.notification.MailStatus.SENDING""")
    int markAttemptFailed(
            @Param("id") long id,
            @Param("worker") String worker,
            @Param("status") MailStatus status,
            @Param("next") Instant next,
            @Param("error") String error);

    /** An agent puts a failed mail back in the queue, with a fresh series of attempts. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.status = fr.victimportal.notification.MailStatus.PENDING, m.attempts = 0,
              m.nextAttemptAt = :now, m.version = m.version + 1
            where m.id = :id and m.status = fr.victimportal.notification.MailStatus.FAILED""")
    int retry(@Param("id") long id, @Param("now") Instant now);

    List<OutboxMail> findByStatusOrderByCreatedAtDesc(MailStatus status, Limit limit);

    /** The demo outbox: mails to one domain only (the demo's), newest first. */
    List<OutboxMail> findByRecipientAddressEndingWithIgnoreCaseOrderByCreatedAtDescIdDesc(String suffix, Limit limit);

    List<OutboxMail> findByRecipientAddressOrderByIdAsc(String address);

    long countByStatus(MailStatus status);
}
