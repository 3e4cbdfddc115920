package fr.victimportal.claim;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.claim.internal.AgentSearch;
import fr.victimportal.claim.internal.ClaimQueueIndex;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.shared.CorrespondenceSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * The insurer agents' queue: the submitted claims that the agent's own insurer handles, with their stage and their
 * next open deadline, the late ones first (most overdue first), then by the next due date. Filters: search text, stage,
 * and how soon the next deadline falls. Counted, filtered, ordered and paged in SQL (a few queries a page, whatever its
 * size and however many claims), so that no claim is ever left out of a long queue.
 */
@Service
public class AgentQueue {

    private static final Logger log = LoggerFactory.getLogger(AgentQueue.class);

    /** Where a claim stands, for the queue. */
    public enum Stage {
        QUESTIONNAIRE,
        EXAMINATION,
        OFFER,
        PAYMENT,
        SETTLED
    }

    /** How soon the next open deadline falls. */
    public enum Due {
        LATE,
        WEEK,
        MONTH,
        ANY
    }

    /** What the agent asks for: a search text (reference, name, accident date), a stage, a due window; each optional. */
    public record Filter(
            @Nullable String text,
            @Nullable Stage stage,
            @Nullable Due due) {}

    /** How many claims the filter keeps, and how many of them are late. */
    public record Counts(long total, long late) {}

    /**
     * One claim in the queue.
     *
     * @param next     the code of the earliest tracked deadline not yet met, or {@code null}
     * @param nextDue  its due date, or {@code null}
     * @param daysLeft days from today to its due date (negative when late)
     * @param claimId  the claim's id
     * @param unread   lines of the claim's thread from the victim's side the agent has not seen
     */
    public record Row(
            String reference,
            String victimName,
            LocalDate accidentDate,
            Stage stage,
            @Nullable DeadlineCode next,
            @Nullable LocalDate nextDue,
            long daysLeft,
            long claimId,
            long unread) {
        public boolean late() {
            return next != null && daysLeft < 0;
        }

        /** The main article of the next deadline, or {@code null}. */
        public @Nullable String legalBasis() {
            return next == null ? null : next.legalBasis();
        }

        Row withUnread(long count) {
            return new Row(reference, victimName, accidentDate, stage, next, nextDue, daysLeft, claimId, count);
        }
    }

    private final AgentSearch search;
    private final ClaimQueueIndex index;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<CorrespondenceSummary> correspondence;

    AgentQueue(
            AgentSearch search,
            ClaimQueueIndex index,
            CurrentUser currentUser,
            Clock clock,
            ObjectProvider<CorrespondenceSummary> correspondence) {
        this.correspondence = correspondence;
        this.search = search;
        this.index = index;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How many of the agent's insurer's claims the filter keeps, and how many are late. */
    @RolesAllowed("AGENT")
    public Counts count(Filter filter) {
        Long insurer = currentUser.require().insurerId();
        if (insurer == null) {
            return new Counts(0, 0);
        }
        LocalDate today = freshToday(insurer);
        return search.count(insurer, filter, today);
    }

    /**
     * One page of the queue, in its order, with the unread lines of each claim's thread (one query for the page, by
     * the correspondence module).
     */
    @RolesAllowed("AGENT")
    public List<Row> page(Filter filter, int offset, int limit) {
        PortalUser agent = currentUser.require();
        Long insurer = agent.insurerId();
        if (insurer == null) {
            return List.of();
        }
        LocalDate today = freshToday(insurer);
        List<Row> rows = search.page(insurer, filter, today, offset, limit);
        CorrespondenceSummary summary = correspondence.getIfAvailable();
        if (summary == null || rows.isEmpty()) {
            return rows;
        }
        Map<Long, Long> unread = summary.unreadForAgent(
                agent.id(), rows.stream().map(Row::claimId).toList());
        return unread.isEmpty()
                ? rows
                : rows.stream()
                        .map(r -> r.withUnread(unread.getOrDefault(r.claimId(), 0L)))
                        .toList();
    }

    /** The whole queue the filter keeps, in its order (for tests and small lists; the screen pages). */
    @RolesAllowed("AGENT")
    public List<Row> rows(@Nullable String text, @Nullable Stage stage, @Nullable Due due) {
        return page(new Filter(text, stage, due), 0, Integer.MAX_VALUE);
    }

    /** Today, once the insurer's queue lines of an earlier day (or none) have been worked out again. */
    private LocalDate freshToday(long insurer) {
        LocalDate today = LocalDate.now(clock);
        try {
            index.refreshStale(insurer, today);
        } catch (DataAccessException concurrent) {
            // another page wrote the same lines at the same moment: they are fresh either way
            log.debug("Queue lines of insurer {} written meanwhile: {}", insurer, concurrent.getMessage());
        }
        return today;
    }
}
