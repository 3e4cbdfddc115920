package fr.victimportal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The trail is a hash chain: an edited or removed row is detected by the check. */
class AuditTrailTest extends IntegrationTest {

    @Autowired
    private AuditTrail trail;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anEditedRowBreaksTheChainAtThatEntry() {
        trail.record(new AuditRecord(1L, "OWNER", 42L, "document:1", AuditAction.SHARE, AuditOutcome.GRANTED));
        AuditEntry denied = trail.record(new AuditRecord(2L, "AGENT", 42L, "document:1", AuditAction.DOWNLOAD,
                AuditOutcome.DENIED));
        trail.record(new AuditRecord(3L, "DOCTOR", 42L, "document:1", AuditAction.VIEW, AuditOutcome.GRANTED));
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
        AuditEntry first = trail.record(new AuditRecord(1L, "OWNER", 43L, "document:2", AuditAction.UPLOAD,
                AuditOutcome.GRANTED));
        trail.record(new AuditRecord(1L, "OWNER", 43L, "document:2", AuditAction.SHARE, AuditOutcome.GRANTED));
        var row = jdbc.queryForMap("select * from audit_entry where seq = ?", first.seq());
        jdbc.update("delete from audit_entry where seq = ?", first.seq());
        try {
            assertThat(trail.verify().intact()).isFalse();
        } finally {
            jdbc.update("insert into audit_entry (seq, occurred_at, actor_id, actor_role, claim_id, subject, action,"
                    + " outcome, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("SEQ"),
                    row.get("OCCURRED_AT"), row.get("ACTOR_ID"), row.get("ACTOR_ROLE"), row.get("CLAIM_ID"),
                    row.get("SUBJECT"), row.get("ACTION"), row.get("OUTCOME"), row.get("PREV_HASH"), row.get("HASH"));
        }
        assertThat(trail.verify().intact()).isTrue();
    }
}
