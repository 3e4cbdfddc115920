package fr.victimportal.mandate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the database holds of a claim's mandates, for the mandate tests. */
@Component
public class MandateRows {

    private final JdbcTemplate jdbc;

    MandateRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many mandates the claim has, whatever their state. */
    Long countOf(String claimReference) {
        return jdbc.queryForObject(
                "select count(*) from mandate where claim_reference = ?", Long.class, claimReference);
    }
}
