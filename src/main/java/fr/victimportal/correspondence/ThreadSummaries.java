package fr.victimportal.correspondence;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.correspondence.domain.ClaimMessageRepository;
import fr.victimportal.correspondence.domain.DocumentRequestRepository;
import fr.victimportal.correspondence.domain.MessageReadRepository;
import fr.victimportal.shared.CorrespondenceSummary;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link CorrespondenceSummary} from the thread's tables, in two or three queries. */
@Component
@Transactional(readOnly = true)
class ThreadSummaries implements CorrespondenceSummary {

    private final EntityManager entities;
    private final CurrentUser currentUser;
    private final ClaimMessageRepository messages;
    private final MessageReadRepository reads;
    private final DocumentRequestRepository requests;

    ThreadSummaries(
            EntityManager entities,
            CurrentUser currentUser,
            ClaimMessageRepository messages,
            MessageReadRepository reads,
            DocumentRequestRepository requests) {
        this.entities = entities;
        this.currentUser = currentUser;
        this.messages = messages;
        this.reads = reads;
        this.requests = requests;
    }

    /**
     * One statement: the reader's unread lines, the open requests and the earliest due date. The caller (the claim's
     * dashboard) has opened the claim for this reader and checked that they read its thread; this reads by the
     * claim's reference only the thread's own tables.
     */
    @Override
    public Summary of(String reference) {
        long reader = currentUser.require().id();
        List<?> rows = entities.createNativeQuery("select"
                        + " (select count(*) from claim_message m where m.claim_id = c.id"
                        + " and (m.author_id is null or m.author_id <> :reader) and m.id > coalesce((select"
                        + " r.last_read_id from message_read r where r.claim_id = c.id and r.user_id = :reader), 0)),"
                        + " (select count(*) from document_request d where d.claim_id = c.id and d.state = 'OPEN'),"
                        + " (select min(d.due_date) from document_request d where d.claim_id = c.id"
                        + " and d.state = 'OPEN')"
                        + " from claim c where c.reference = :reference")
                .setParameter("reader", reader)
                .setParameter("reference", reference)
                .getResultList();
        if (rows.isEmpty()) {
            return Summary.NONE;
        }
        Object[] row = (Object[]) rows.getFirst();
        Object due = row[2];
        LocalDate next = due == null ? null : due instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) due;
        return new Summary(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), next);
    }

    @Override
    public Map<Long, Long> unreadForAgent(long agentId, Collection<Long> claimIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (claimIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : messages.countUnreadFromVictimSide(claimIds, agentId)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
