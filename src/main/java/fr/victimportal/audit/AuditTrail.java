package fr.victimportal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module's public face. Entries are only ever inserted, each in a transaction of its own, so a refused
 * access is recorded even though the caller's transaction rolls back. Each entry's hash covers its fields and the
 * previous entry's hash: changing or removing any row breaks every later link.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Appends one entry. Two instances appending at once collide on the sequence number and the loser retries. */
    public synchronized AuditEntry record(AuditRecord r) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ownTransaction.execute(status -> append(r));
            } catch (DuplicateKeyException concurrentAppend) {
                if (attempt == 5) {
                    throw concurrentAppend;
                }
            }
        }
    }

    private AuditEntry append(AuditRecord r) {
        List<Object[]> last =
                jdbc.query("select seq, hash from audit_entry order by seq desc fetch first 1 rows only", (rs, i) ->
                        new Object[] {rs.getLong(1), rs.getString(2)});
        long seq = last.isEmpty() ? 1 : (long) last.get(0)[0] + 1;
        String prev = last.isEmpty() ? GENESIS : (String) last.get(0)[1];
        AuditEntry entry = new AuditEntry(
                seq,
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                r.actorId(),
                r.actorRole(),
                r.claimId(),
                r.subject(),
                r.action(),
                r.outcome());
        jdbc.update(
                "insert into audit_entry (seq, occurred_at, actor_id, actor_role, claim_id, subject, action,"
                        + " outcome, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seq,
                OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC),
                r.actorId(),
                r.actorRole(),
                r.claimId(),
                r.subject(),
                r.action().name(),
                r.outcome().name(),
                prev,
                hash(prev, entry));
        return entry;
    }

    /** The entries about one claim, newest first: what the victim reads on their access-log page. */
    public List<AuditEntry> entriesForClaim(long claimId) {
        return jdbc.query("select * from audit_entry where claim_id = ? order by seq desc", ENTRY, claimId);
    }

    /** The entries of one kind about one claim, newest first, at most {@code limit}. */
    public List<AuditEntry> entriesForClaim(long claimId, AuditAction action, int limit) {
        return jdbc.query(
                "select * from audit_entry where claim_id = ? and action = ? order by seq desc" + " fetch first "
                        + limit + " rows only",
                ENTRY,
                claimId,
                action.name());
    }

    /**
     * The entries whose actor is one of {@code actorIds} (an insurer's agents, for their administrator), newest first,
     * at most {@code limit}.
     */
    public List<AuditEntry> entriesByActors(Collection<Long> actorIds, int limit) {
        if (actorIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(actorIds.size(), "?"));
        return jdbc.query(
                "select * from audit_entry where actor_id in (" + marks + ") order by seq desc fetch first " + limit
                        + " rows only",
                ENTRY,
                actorIds.toArray());
    }

    /** Walks the whole chain from the first entry; the first link that does not check out is reported and logged. */
    public AuditChainCheck verify() {
        String prev = GENESIS;
        long count = 0;
        long expectedSeq = 1;
        for (var row : jdbc.query("select * from audit_entry order by seq", (rs, i) ->
                new Object[] {ENTRY.mapRow(rs, i), rs.getString("prev_hash"), rs.getString("hash")})) {
            AuditEntry e = (AuditEntry) row[0];
            if (e.seq() != expectedSeq || !prev.equals(row[1]) || !hash(prev, e).equals(row[2])) {
                log.error(
                        "Audit trail broken at entry {}: the entry or the one before it was changed or removed",
                        e.seq());
                return new AuditChainCheck(false, count, e.seq());
            }
            prev = (String) row[2];
            expectedSeq++;
            count++;
        }
        return new AuditChainCheck(true, count, null);
    }

    static String hash(String prev, AuditEntry e) {
        String canonical = String.join(
                "|",
                prev,
                Long.toString(e.seq()),
                Long.toString(e.at().toEpochMilli()),
                String.valueOf(e.actorId()),
                e.actorRole(),
                String.valueOf(e.claimId()),
                e.subject(),
                e.action().name(),
                e.outcome().name());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static final RowMapper<AuditEntry> ENTRY = (rs, i) -> new AuditEntry(
            rs.getLong("seq"),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            (Long) rs.getObject("actor_id", Long.class),
            rs.getString("actor_role"),
            (Long) rs.getObject("claim_id", Long.class),
            rs.getString("subject"),
            AuditAction.valueOf(rs.getString("action")),
            AuditOutcome.valueOf(rs.getString("outcome")));
}
