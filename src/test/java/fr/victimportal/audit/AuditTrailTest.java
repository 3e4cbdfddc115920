package fr.victimportal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The trail is a hash chain: an edited or removed row is detected by the check. */
class AuditTrailTest extends IntegrationTest {

    /** Ids no real row has, so these entries never show in a real claim's access log during the suite. */
    private static final long CLAIM_A = 9_000_000_042L;

    private static final long CLAIM_B = 9_000_000_043L;
    private static final long ACTOR = 9_000_000_001L;

    @Autowired
    private AuditTrail trail;

    @Autowired
    private JdbcTemplate jdbc;

    private static AuditRecord entry(long actor, String role, long claim, AuditAction action, AuditOutcome outcome) {
        return new AuditRecord(actor, role, claim, "document:" + (claim + 1), action, outcome);
    }

    @Test
    void anEditedRowBreaksTheChainAtThatEntry() {
        trail.record(entry(ACTOR, "OWNER", CLAIM_A, AuditAction.SHARE, AuditOutcome.GRANTED));
        AuditEntry denied = trail.record(entry(ACTOR + 1, "AGENT", CLAIM_A, AuditAction.DOWNLOAD, AuditOutcome.DENIED));
        trail.record(entry(ACTOR + 2, "DOCTOR", CLAIM_A, AuditAction.VIEW, AuditOutcome.GRANTED));
        assertThat(trail.verify().intact()).isTrue();

        // someone hides the agent's refused attempt by turning it into a granted one
        jdbc.update("update audit_entry set outcome = 'GRANTED' where seq = ?", denied.seq());
        try {
            AuditChainCheck check = trail.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenSeq()).isEqualTo(denied.seq());
        } finally {
            jdbc.update("update audit_entry set outcome = 'DENIED' where seq = ?", denied.seq());
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aDeletedRowBreaksTheChainToo() {
        AuditEntry first = trail.record(entry(ACTOR, "OWNER", CLAIM_B, AuditAction.UPLOAD, AuditOutcome.GRANTED));
        trail.record(entry(ACTOR, "OWNER", CLAIM_B, AuditAction.SHARE, AuditOutcome.GRANTED));
        var row = jdbc.queryForMap("select * from audit_entry where seq = ?", first.seq());
        jdbc.update("delete from audit_entry where seq = ?", first.seq());
        try {
            assertThat(trail.verify().intact()).isFalse();
        } finally {
            jdbc.update(
                    "insert into audit_entry (seq, occurred_at, actor_id, actor_role, claim_id, subject, action,"
                            + " outcome, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("SEQ"),
                    row.get("OCCURRED_AT"),
                    row.get("ACTOR_ID"),
                    row.get("ACTOR_ROLE"),
                    row.get("CLAIM_ID"),
                    row.get("SUBJECT"),
                    row.get("ACTION"),
                    row.get("OUTCOME"),
                    row.get("PREV_HASH"),
                    row.get("HASH"));
        }
        assertThat(trail.verify().intact()).isTrue();
    }
}
