package fr.victimportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kill -9 a moment after a commit the screen confirmed: every acknowledged row must be in the embedded database when
 * it is opened again (H2's default write delay once lost the last half second of commits).
 */
class DurableCommitTest {

    private static final Logger log = LoggerFactory.getLogger(DurableCommitTest.class);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyCommitAcknowledgedBeforeAKillIsThereAfterwards() throws Exception {
        String db = dir.resolve("portal").toAbsolutePath().toString();
        for (int round = 0; round < 3; round++) {
            try (Connection c = DriverManager.getConnection(DurableCommitWriter.productionUrlAt(db), "sa", "")) {
                c.createStatement().execute("create table saved_change (id int primary key, note varchar(200))");
            }
            int acknowledged = writeThenKill(db, 300 + round * 200);
            Set<Integer> found = new HashSet<>();
            try (Connection c = DriverManager.getConnection(DurableCommitWriter.productionUrlAt(db), "sa", "");
                    ResultSet rows = c.createStatement().executeQuery("select id from saved_change")) {
                while (rows.next()) {
                    found.add(rows.getInt(1));
                }
            }
            for (int i = 1; i <= acknowledged; i++) {
                assertThat(found)
                        .as("row %d was acknowledged before the kill (round %d)", i, round)
                        .contains(i);
            }
            try (Connection c = DriverManager.getConnection(DurableCommitWriter.productionUrlAt(db), "sa", "")) {
                c.createStatement().execute("drop table saved_change");
            }
        }
    }

    @Test
    void theProductionUrlDisablesTheWriteDelay() throws Exception {
        assertThat(DurableCommitWriter.productionUrlAt("/x")).containsIgnoringCase(";WRITE_DELAY=0");
    }

    /** Starts the writer, reads its acknowledgements up to {@code killAfter}, kills it at once; the last one seen. */
    private static int writeThenKill(String db, int killAfter) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        DurableCommitWriter.class.getName(),
                        db)
                .redirectErrorStream(true)
                .start();
        int last = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    last = Integer.parseInt(line.substring(4).trim());
                    if (last >= killAfter) {
                        child.destroyForcibly();
                        break;
                    }
                } else {
                    log.info("writer: {}", line);
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(last).as("the writer acknowledged commits").isGreaterThanOrEqualTo(killAfter);
        assertThat(Files.exists(Path.of(db + ".mv.db"))).isTrue();
        return last;
    }
}
