package fr.victimportal.correspondence.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClaimMessageRepository extends JpaRepository<ClaimMessage, Long> {

    /** The newest lines before {@code beforeId}, newest first: the thread loads a page at a time. */
    List<ClaimMessage> findByClaimIdAndIdLessThanOrderByIdDesc(long claimId, long beforeId, Limit limit);

    List<ClaimMessage> findByClaimIdOrderByIdAsc(long claimId);

    long countByClaimId(long claimId);

    /** Lines one author wrote on one claim since an instant (the per-day bound on what one person can make it hold). */
    long countByClaimIdAndAuthorIdAndCreatedAtGreaterThanEqual(long claimId, long authorId, java.time.Instant since);

    @Query("select max(m.id) from ClaimMessage m where m.claimId = :claim")
    Long lastId(@Param("claim") long claimId);

    /** Lines after {@code afterId} written by someone else (events count: a request answered is news). */
    @Query("select count(m) from ClaimMessage m where m.claimId = :claim and m.id > :after"
            + " and (m.authorId is null or m.authorId <> :reader)")
    long countUnread(@Param("claim") long claimId, @Param("after") long afterId, @Param("reader") long readerId);

    /** The same for several claims at once (the agents' queue page): claim id and count. */
    @Query("select m.claimId, count(m) from ClaimMessage m where m.claimId in :claims"
            + " and (m.authorId is null or m.authorId <> :reader) and m.authorRole <> 'AGENT'"
            + " and m.id > coalesce((select r.lastReadId from MessageRead r where r.claimId = m.claimId"
            + " and r.userId = :reader), 0) group by m.claimId")
    List<Object[]> countUnreadFromVictimSide(
            @Param("claims") Collection<Long> claimIds, @Param("reader") long readerId);
}
