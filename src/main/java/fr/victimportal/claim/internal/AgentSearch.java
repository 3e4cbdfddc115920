package fr.victimportal.claim.internal;

import fr.victimportal.account.AccountService;
import fr.victimportal.claim.AgentQueue;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.model.Representation;
import fr.victimportal.deadline.DeadlineCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The insurer agents' lists of submitted claims, always among the claims their own insurer handles (filtered in
 * SQL): the search, for {@link ClaimService}, and the queue, for {@link AgentQueue}, which is filtered, ordered and
 * paged in SQL on the claims' {@code claim_queue} lines ({@link ClaimQueueIndex}). A page of the queue costs three
 * queries (the page, the owners' names, the check for lines of an earlier day) and its count two, plus one for the
 * names a search text matches, whatever the page size.
 */
@Component
public class AgentSearch {

    private final ClaimRepository claims;
    private final AccountService accounts;
    private final ClaimFiles files;
    private final EntityManager em;

    AgentSearch(ClaimRepository claims, AccountService accounts, ClaimFiles files, EntityManager em) {
        this.claims = claims;
        this.accounts = accounts;
        this.files = files;
        this.em = em;
    }

    /**
     * The insurer's submitted claims found by a reference, part of the victim's name, or an accident date (50 at most).
     */
    public List<ClaimFile> search(@Nullable Long insurerId, String text) {
        String query = text == null ? "" : text.trim();
        if (insurerId == null || query.length() < 2) {
            return List.of(); // one letter would match half the victims by name
        }
        LocalDate date = Clean.parseDate(query);
        List<Long> owners = accounts.idsByName(query);
        List<Claim> found = claims.search(
                insurerId,
                query,
                Clean.likePattern(query),
                owners.isEmpty() ? List.of(-1L) : owners,
                date,
                Limit.of(50));
        Map<Long, String> names = accounts.displayNames(
                found.stream().map(Claim::getOwnerId).distinct().toList());
        return found.stream()
                .map(c -> files.toFile(new Access(c, Relation.AGENT), names))
                .toList();
    }

    /** How many of the insurer's claims the queue's filter keeps, and how many of them are late. */
    @Transactional(readOnly = true)
    public AgentQueue.Counts count(long insurerId, AgentQueue.Filter filter, LocalDate today) {
        Where where = where(insurerId, filter, today);
        if (where == null) {
            return new AgentQueue.Counts(0, 0);
        }
        TypedQuery<Object[]> q = em.createQuery(
                "select count(c), sum(case when e.nextDue < :today then 1 else 0 end)" + where.jpql, Object[].class);
        where.bind(q);
        q.setParameter("today", today);
        Object[] counts = q.getSingleResult();
        return new AgentQueue.Counts(number(counts[0]), number(counts[1]));
    }

    /** One page of the queue: the late ones first (most overdue first), then by the next due date, then reference. */
    @Transactional(readOnly = true)
    public List<AgentQueue.Row> page(long insurerId, AgentQueue.Filter filter, LocalDate today, int offset, int limit) {
        Where where = where(insurerId, filter, today);
        if (where == null || limit <= 0) {
            return List.of();
        }
        TypedQuery<Object[]> q = em.createQuery(
                "select c.reference, c.ownerId, c.accidentDate, e.stage, e.nextCode, e.nextDue, c.id,"
                        + " c.representativeRole, c.representedName" + where.jpql
                        + " order by case when e.nextDue is null then 1 else 0 end, e.nextDue, c.reference",
                Object[].class);
        where.bind(q);
        q.setFirstResult(offset);
        q.setMaxResults(limit);
        List<Object[]> lines = q.getResultList();
        Map<Long, String> names = accounts.displayNames(
                lines.stream().map(l -> (Long) l[1]).distinct().toList());
        List<AgentQueue.Row> rows = new ArrayList<>(lines.size());
        for (Object[] l : lines) {
            LocalDate due = (LocalDate) l[5];
            // issue 24: a claim an heir opened is the deceased's, whose name the heir gave
            boolean heirs = l[7] == Representation.Role.HEIR && l[8] != null;
            rows.add(new AgentQueue.Row(
                    (String) l[0],
                    heirs ? (String) l[8] : names.getOrDefault((Long) l[1], ""),
                    (LocalDate) l[2],
                    l[3] == null ? AgentQueue.Stage.QUESTIONNAIRE : AgentQueue.Stage.valueOf((String) l[3]),
                    l[4] == null ? null : DeadlineCode.valueOf((String) l[4]),
                    due,
                    due == null ? 0 : ChronoUnit.DAYS.between(today, due),
                    (Long) l[6],
                    0));
        }
        return rows;
    }

    private static long number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The queue's filter as a JPQL {@code from … where}, or {@code null} when nothing can match. */
    private @Nullable Where where(long insurerId, AgentQueue.Filter filter, LocalDate today) {
        StringBuilder jpql = new StringBuilder(" from Claim c left join ClaimQueueEntry e on e.claimId = c.id"
                + " where c.status = fr.victimportal.claim.model.ClaimStatus.SUBMITTED"
                + " and c.handling.insurerId = :insurer");
        Where where = new Where(jpql);
        where.params.put("insurer", insurerId);
        String text = filter.text() == null ? "" : filter.text().trim();
        if (!text.isEmpty()) {
            if (text.length() < 2) {
                return null; // as the search: one letter would match half the victims by name
            }
            List<Long> owners = accounts.idsByName(text);
            LocalDate date = Clean.parseDate(text);
            // the owner's name, or the name of the victim the owner represents or, after a death, declared (issue 24)
            jpql.append(" and (upper(c.reference) = upper(:text) or c.ownerId in :owners"
                    + " or lower(c.representedName) like :pattern escape '\\'");
            where.params.put("text", text);
            where.params.put("pattern", Clean.likePattern(text));
            where.params.put("owners", owners.isEmpty() ? List.of(-1L) : owners);
            if (date != null) {
                jpql.append(" or c.accidentDate = :date");
                where.params.put("date", date);
            }
            jpql.append(")");
        }
        if (filter.stage() != null) {
            jpql.append(" and e.stage = :stage");
            where.params.put("stage", filter.stage().name());
        }
        if (filter.due() != null && filter.due() != AgentQueue.Due.ANY) {
            jpql.append(" and e.nextDue < :dueBefore");
            where.params.put(
                    "dueBefore",
                    switch (filter.due()) {
                        case LATE -> today;
                        case WEEK -> today.plusDays(8);
                        case MONTH -> today.plusDays(32);
                        case ANY -> LocalDate.MAX;
                    });
        }
        return where;
    }

    private record Where(StringBuilder jpql, Map<String, Object> params) {
        Where(StringBuilder jpql) {
            this(jpql, new HashMap<>());
        }

        void bind(TypedQuery<?> q) {
            params.forEach(q::setParameter);
        }
    }
}
