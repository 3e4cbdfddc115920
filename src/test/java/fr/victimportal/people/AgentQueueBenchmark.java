package fr.victimportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.AgentQueue;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.insurer.InsurerFixtures;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agents' queue with many claims (issue 25), run on demand, never in the suite (its name does not end in Test):
 * <pre>
 * ./mvnw -o test-compile surefire:test@default-test -Dvp.skipPostgres=true -Dtest=AgentQueueBenchmark \
 *     -Dvp.bench.claims=500 [-Dvp.test.db=postgres]
 * </pre>
 * Seeds that many submitted claims of one insurer (a third of them late), then, as that insurer's agent, times and
 * counts the SQL of what the queue page does: the counts, the first page of 25 rows, the last page, a search by name.
 * Logs the median and the worst of 20 warm runs of each, and checks that walking every page gives every claim once.
 */
class AgentQueueBenchmark extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(AgentQueueBenchmark.class);

    private static final int PAGE = 25;
    private static final int RUNS = 20;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private InsurerFixtures insurers;

    @Autowired
    private AgentQueue queue;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EntityManagerFactory emf;

    @Test
    void theQueueWithManyClaims() {
        int n = Integer.getInteger("vp.bench.claims", 500);
        today(2026, 11, 20, 10);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long insurer = claims.insurer("BENCH-" + tag, "Compagnie du banc " + tag);
        long seedStart = System.nanoTime();
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < n; i++) {
            // every third claim presented in September: its R211-37 answer (6 weeks) is late on 20 November
            LocalDate presented = i % 3 == 0
                    ? LocalDate.of(2026, 9, 1)
                    : LocalDate.of(2026, 11, 1).plusDays(i % 18);
            String ref = claims.submittedClaim(
                    claims.newUser(Role.VICTIM, "Victime " + i),
                    presented.minusDays(10),
                    new ProcedureDates(presented.minusDays(8), presented, null, null));
            jdbc.update("update claim set handling_insurer_id = ? where reference = ?", insurer, ref);
            refs.add(ref);
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        String agent = insurers.memberOf(insurer, Role.AGENT, "Agent du banc");
        AgentQueue.Filter all = new AgentQueue.Filter(null, null, AgentQueue.Due.ANY);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);

        Measure first = measure(stats, () -> claims.as(agent, () -> queue.count(all)));
        Measure count = measure(stats, () -> claims.as(agent, () -> queue.count(all)));
        Measure page = measure(stats, () -> claims.as(agent, () -> queue.page(all, 0, PAGE)));
        Measure last = measure(stats, () -> claims.as(agent, () -> queue.page(all, Math.max(0, n - PAGE), PAGE)));
        AgentQueue.Filter byName = new AgentQueue.Filter("Victime 4", null, null);
        Measure search = measure(stats, () -> claims.as(agent, () -> queue.page(byName, 0, PAGE)));

        List<String> walked = new ArrayList<>();
        for (int offset = 0; offset < n + PAGE; offset += PAGE) {
            int from = offset;
            claims.as(agent, () -> queue.page(all, from, PAGE)).forEach(r -> walked.add(r.reference()));
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "%nAgents' queue, %d claims of one insurer (seeded in %.1f s; each figure includes the harness's own"
                        + " sign-in lookup; times: median / worst of %d warm runs)%n",
                n, seedSeconds, RUNS));
        out.append(String.format("| call | SQL queries | median | worst |%n|---|---|---|---|%n"));
        out.append(first.row("counts, first visit after the submissions (lines worked out)"));
        out.append(count.row("counts (" + claims.as(agent, () -> queue.count(all)) + ")"));
        out.append(page.row("first page of " + PAGE + " rows"));
        out.append(last.row("last page"));
        out.append(search.row("search \"Victime 4\", first page"));
        out.append(String.format(
                "Walking every page: %d rows, %d distinct, all %d claims: %s%n",
                walked.size(), new HashSet<>(walked).size(), n, new HashSet<>(walked).containsAll(refs)));
        log.info("{}", out);
        assertThat(walked).hasSize(n).doesNotHaveDuplicates();
        assertThat(new HashSet<>(walked)).isEqualTo(refs);
    }

    private record Measure(long queries, double medianMs, double worstMs) {
        String row(String what) {
            return String.format("| %s | %d | %.1f ms | %.1f ms |%n", what, queries, medianMs, worstMs);
        }
    }

    private static Measure measure(Statistics stats, Supplier<?> call) {
        stats.clear();
        call.get();
        long queries = stats.getPrepareStatementCount();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return new Measure(queries, ms[RUNS / 2], ms[RUNS - 1]);
    }
}
