package fr.victimportal.correspondence.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** What the thread's mails need to know of the lines, without their text. */
public interface ThreadMailQueries extends Repository<ClaimMessage, Long> {

    /** The roles (OWNER, HELPER, AGENT) of the lines written since {@code since} by anyone but {@code readerId}. */
    @Query("select distinct m.authorRole from ClaimMessage m where m.claimId = :claim and m.createdAt >= :since"
            + " and (m.authorId is null or m.authorId <> :reader)")
    List<String> authorRolesSince(
            @Param("claim") long claimId, @Param("since") Instant since, @Param("reader") long readerId);
}
