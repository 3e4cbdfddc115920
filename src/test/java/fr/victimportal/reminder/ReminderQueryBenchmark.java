package fr.victimportal.reminder;

import fr.victimportal.claim.SettlementFacts;
import fr.victimportal.claim.spi.ClaimSchedule;
import fr.victimportal.deadline.ClaimFacts;
import fr.victimportal.deadline.ClaimFactsGenerator;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.DeadlineInputException;
import fr.victimportal.deadline.DeadlineSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * Not a test: fills the real schema (the Flyway migrations) with 1,000,000 claims' worth of reminders, inserted in JDBC
 * batches, then times the reminder job's due query and prints its plan, on H2 and on PostgreSQL. The PostgreSQL data
 * live in a schema of their own ({@code vp_bench}) and the H2 data in a file under {@code target/}; both are dropped
 * at the end.
 *
 * <pre>./mvnw -B -o -Pbenchmark test-compile                           # both databases, 1,000,000 claims
 * ./mvnw -B -o -Pbenchmark test-compile -Dbenchmark.args="h2 100000"  # h2 | postgres | both, claims</pre>
 *
 * <p>Each generated claim (varied facts: questionnaire, examination, consolidation, settlement, aggravations) is run
 * through the legal clock and the real {@link ReminderPlan} as on the day it was declared, and gets the reminders it
 * calls for: those more than a day past are recorded as sent (or, one in five, cancelled), the others as planned. "Now" is Monday 23 November 2026 09:00 in Paris; reminders due in the last day are still planned, as if the
 * job had been down for a day, so the query has a real backlog to find. The query is then timed again without its index,
 * for comparison.
 */
public final class ReminderQueryBenchmark {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, PARIS).toInstant();
    static final String DUE_QUERY = "select claim_reference from reminder where status = 'PLANNED' and send_at <= ?"
            + " order by send_at fetch first 500 rows only";
    static final String DUE_COUNT = "select count(*) from reminder where status = 'PLANNED' and send_at <= ?";
    static final int BATCH = 10_000;

    private ReminderQueryBenchmark() {}

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "both";
        int claims = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        if (which.equals("h2") || which.equals("both")) {
            h2(claims);
        }
        if (which.equals("postgres") || which.equals("both")) {
            postgres(claims);
        }
    }

    static void h2(int claims) throws Exception {
        Path dir = Path.of("target", "benchmark-h2");
        deleteTree(dir);
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("reminders") + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .placeholders(Map.of("blob_type", "blob"))
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            run("H2 " + c.getMetaData().getDatabaseProductVersion(), c, claims, "explain analyze ");
            try (Statement s = c.createStatement()) {
                s.execute("shutdown");
            }
        } finally {
            deleteTree(dir);
        }
    }

    static void postgres(int claims) throws Exception {
        String schema = "vp_bench";
        String base = "jdbc:postgresql://127.0.0.1:5432/test";
        try (Connection admin = DriverManager.getConnection(base, "postgres", "");
                Statement s = admin.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
        String url = base + "?currentSchema=" + schema + "&reWriteBatchedInserts=true";
        Flyway.configure()
                .dataSource(url, "postgres", "")
                .schemas(schema)
                .placeholders(Map.of("blob_type", "bytea"))
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            run("PostgreSQL " + c.getMetaData().getDatabaseProductVersion(), c, claims, "explain (analyze, buffers) ");
        } finally {
            try (Connection admin = DriverManager.getConnection(base, "postgres", "");
                    Statement s = admin.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    static void run(String database, Connection c, int claims, String explain) throws SQLException {
        System.out.printf("%n=== %s: %,d claims ===%n", database, claims);
        long start = System.nanoTime();
        long rows = fill(c, claims);
        System.out.printf(
                "inserted           : %,d claims, %,d reminders in %.1f s%n",
                claims, rows, (System.nanoTime() - start) / 1e9);
        try (Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        printStatuses(c);
        OffsetDateTime now = NOW.atOffset(ZoneOffset.UTC);
        long due;
        try (PreparedStatement p = c.prepareStatement(DUE_COUNT)) {
            p.setObject(1, now);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                due = rs.getLong(1);
            }
        }
        System.out.printf("due now            : %,d reminders planned with send_at <= %s%n", due, NOW);

        measure(c, explain, now, "with ix_reminder_due");
        try (Statement s = c.createStatement()) {
            s.execute("drop index ix_reminder_due");
            s.execute("analyze");
        }
        measure(c, explain, now, "without ix_reminder_due, for comparison");
    }

    private static void measure(Connection c, String explain, OffsetDateTime now, String label) throws SQLException {
        List<Double> millis = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < 25; i++) {
            long t = System.nanoTime();
            found = 0;
            try (PreparedStatement p = c.prepareStatement(DUE_QUERY)) {
                // a different "now" each run (by microseconds): H2 would otherwise reuse the previous run's result
                p.setObject(1, now.minusNanos(1000L * i));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found++;
                    }
                }
            }
            millis.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> warm = millis.subList(5, millis.size()).stream().sorted().toList();
        System.out.printf(
                "%nDue query, %s: %d rows; first run %.2f ms; warm (20 runs) min %.2f ms, median %.2f ms,"
                        + " max %.2f ms%n",
                label, found, millis.get(0), warm.get(0), warm.get(warm.size() / 2), warm.get(warm.size() - 1));
        System.out.println("plan:");
        try (PreparedStatement p = c.prepareStatement(explain + DUE_QUERY)) {
            p.setObject(1, now);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1).replace("\n", "\n  "));
                }
            }
        }
    }

    private static void printStatuses(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("select status, count(*) from reminder group by status order by status")) {
            StringBuilder line = new StringBuilder();
            while (rs.next()) {
                line.append(String.format("%s %,d  ", rs.getString(1), rs.getLong(2)));
            }
            System.out.println("by status          : " + line.toString().trim());
        }
    }

    /**
     * Plans each generated claim with the real planner (legal clock, then {@link ReminderPlan}) and inserts one owner,
     * the claims and their reminders in batches; returns the number of reminders. Planning and writing are timed apart.
     */
    static long fill(Connection c, int claims) throws SQLException {
        c.setAutoCommit(false);
        Random random = new Random(20261123L);
        OffsetDateTime created = NOW.atOffset(ZoneOffset.UTC);
        long owner;
        try (PreparedStatement p = c.prepareStatement(
                "insert into app_user (email, password_hash, display_name, role,"
                        + " created_at) values ('bench@example.org', '{noop}x', 'Bench', 'VICTIM', ?)",
                new String[] {"id"})) {
            p.setObject(1, created);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                owner = keys.getLong(1);
            }
        }
        long reminders = 0;
        long planningNanos = 0;
        long invalid = 0;
        DeadlineEngine engine = new DeadlineEngine();
        LocalDate first = LocalDate.of(2016, 1, 1);
        int span = (int) ChronoUnit.DAYS.between(first, LocalDate.of(2026, 11, 20));
        long started = System.nanoTime();
        try (PreparedStatement claim = c.prepareStatement("insert into claim (reference, owner_id, status, created_at,"
                        + " updated_at, submitted_at, accident_date, victim_role) values (?, ?, 'SUBMITTED', ?, ?, ?, ?,"
                        + " 'PEDESTRIAN')");
                PreparedStatement reminder = c.prepareStatement("insert into reminder (claim_reference, kind, due_date,"
                        + " send_at, status, planned_at, processed_at, note) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < claims; i++) {
                String ref = String.format("BN-%010d", i);
                ClaimFacts facts = ClaimFactsGenerator.random(random, first, span);
                long t = System.nanoTime();
                List<ReminderPlan.Entry> plan;
                try {
                    // planned as on the day the victim declared (the plan then runs years ahead), so the table holds
                    // each claim's whole history: what is past by now was sent (or cancelled), the rest is planned
                    LocalDate declared = facts.accidentDate().plusDays(10 + random.nextInt(30));
                    plan = ReminderPlan.of(schedule(ref, owner, facts, engine.computeAll(facts, declared)), declared);
                } catch (DeadlineInputException impossible) {
                    invalid++; // e.g. a generated settlement after the benchmark's "today": the portal refuses it too
                    plan = List.of();
                }
                planningNanos += System.nanoTime() - t;
                claim.setString(1, ref);
                claim.setLong(2, owner);
                claim.setObject(3, created);
                claim.setObject(4, created);
                claim.setObject(5, created);
                claim.setObject(6, facts.accidentDate());
                claim.addBatch();
                for (ReminderPlan.Entry entry : plan) {
                    if (!entry.tooLate()) {
                        reminders += add(reminder, ref, entry, random);
                    }
                }
                if ((i + 1) % (BATCH / 4) == 0 || i == claims - 1) {
                    claim.executeBatch();
                    reminder.executeBatch();
                    c.commit();
                }
            }
        }
        c.setAutoCommit(true);
        double total = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "planning           : %,d claims through the legal clock and ReminderPlan in %.1f s"
                        + " (%.1f µs a claim; %,d with facts the engine refuses)%n",
                claims, planningNanos / 1e9, planningNanos / 1e3 / claims, invalid);
        System.out.printf(
                "writing            : %.1f s for the claims and their planned reminders%n",
                total - planningNanos / 1e9);
        return reminders;
    }

    /** The schedule as the planner gets it: a settlement when the facts have one (unpaid), an offer one time in two. */
    private static ClaimSchedule schedule(String ref, long owner, ClaimFacts facts, DeadlineSchedule deadlines) {
        boolean answered =
                facts.questionnaire() != null && facts.questionnaire().answerReceived() != null;
        LocalDate settled = facts.settlementDate();
        SettlementFacts.OfferDates offers = settled != null || ref.hashCode() % 2 == 0
                ? new SettlementFacts.OfferDates(facts.accidentDate().plusMonths(6), settled)
                : SettlementFacts.OfferDates.NONE;
        return new ClaimSchedule(
                ref,
                owner,
                answered,
                deadlines,
                offers,
                settled == null ? null : new SettlementFacts.Settlement(settled, null),
                List.of(),
                false);
    }

    /** A reminder row: sent (or cancelled) when its time is more than a day past, else still planned. */
    private static int add(PreparedStatement p, String ref, ReminderPlan.Entry entry, Random random)
            throws SQLException {
        Instant sendAt = ZonedDateTime.of(entry.sendOn(), LocalTime.of(9, 0), PARIS)
                .toInstant()
                .plusSeconds(random.nextInt(3600));
        String status;
        if (sendAt.isAfter(NOW.minus(1, ChronoUnit.DAYS))) {
            status = "PLANNED";
        } else {
            status = random.nextInt(10) < 2 ? "CANCELLED" : "SENT";
        }
        p.setString(1, ref);
        p.setString(2, entry.kind().name());
        p.setObject(3, entry.dueDate());
        p.setObject(4, sendAt.atOffset(ZoneOffset.UTC));
        p.setString(5, status);
        p.setObject(6, NOW.minus(400, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC));
        p.setObject(
                7, status.equals("PLANNED") ? null : sendAt.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        p.setString(8, status.equals("CANCELLED") ? "CLAIM_CHANGED" : null);
        p.addBatch();
        return 1;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
