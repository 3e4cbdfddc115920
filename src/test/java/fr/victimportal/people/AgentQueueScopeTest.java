package fr.victimportal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.victimportal.IntegrationTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.AgentQueue;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.internal.ClaimQueueIndex;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.correspondence.ClaimThreads;
import fr.victimportal.insurer.InsurerFixtures;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The agents' queue and search hold only the claims their own insurer handles, counted, ordered and paged in SQL: with
 * claims of two insurers, each agent sees exactly their own, with the counts; a page costs a few queries whatever its
 * size.
 */
class AgentQueueScopeTest extends IntegrationTest {
    private static final Logger log = LoggerFactory.getLogger(AgentQueueScopeTest.class);

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private InsurerFixtures insurers;

    @Autowired
    private AgentQueue queue;

    @Autowired
    private ClaimService claimService;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EntityManagerFactory emf;

    @Autowired
    private ClaimQueueIndex index;

    @Autowired
    private ClaimThreads threads;

    /** A submitted claim addressed to the insurer (the fixtures address it to theirs, then it moves). */
    private String claimOf(long insurer, String victim, LocalDate presented) {
        String ref = claims.submittedClaim(
                claims.newUser(Role.VICTIM, victim),
                presented.minusDays(10),
                new ProcedureDates(presented.minusDays(8), presented, null, null));
        jdbc.update("update claim set handling_insurer_id = ? where reference = ?", insurer, ref);
        return ref;
    }

    @Test
    void eachAgentSeesExactlyTheirOwnInsurersClaimsWithTheCounts() {
        today(2026, 11, 20, 10);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long north = claims.insurer("Q-NORD-" + tag, "Assurances du Nord " + tag);
        long west = claims.insurer("Q-OUEST-" + tag, "Mutuelle de l’Ouest " + tag);
        // presented 1 Oct: the R211-37 answer was due within 6 weeks, late on 20 Nov; presented 18 Nov: not late
        String northLate = claimOf(north, "Nord Retard", LocalDate.of(2026, 10, 1));
        String northFresh = claimOf(north, "Nord Récent", LocalDate.of(2026, 11, 18));
        String westLate = claimOf(west, "Ouest Retard", LocalDate.of(2026, 10, 1));
        String northAgent = insurers.memberOf(north, Role.AGENT, "Agent Nord");
        String westAgent = insurers.memberOf(west, Role.AGENT, "Agent Ouest");

        AgentQueue.Filter all = new AgentQueue.Filter(null, null, AgentQueue.Due.ANY);
        assertThat(claims.as(northAgent, () -> queue.page(all, 0, 50)))
                .extracting(AgentQueue.Row::reference)
                .containsExactly(northLate, northFresh);
        assertThat(claims.as(northAgent, () -> queue.count(all))).isEqualTo(new AgentQueue.Counts(2, 1));
        assertThat(claims.as(westAgent, () -> queue.page(all, 0, 50)))
                .extracting(AgentQueue.Row::reference)
                .containsExactly(westLate);
        assertThat(claims.as(westAgent, () -> queue.count(all))).isEqualTo(new AgentQueue.Counts(1, 1));

        // typing the other insurer's reference finds nothing, in the queue and in the search
        assertThat(claims.as(westAgent, () -> queue.rows(northLate, null, null)))
                .isEmpty();
        assertThat(claims.as(westAgent, () -> claimService.search(northLate))).isEmpty();
        assertThat(claims.as(northAgent, () -> claimService.search(northLate)))
                .extracting(ClaimFile::reference)
                .containsExactly(northLate);
        assertThat(claims.as(northAgent, () -> queue.count(new AgentQueue.Filter(null, null, AgentQueue.Due.LATE))))
                .isEqualTo(new AgentQueue.Counts(1, 1));

        // a transfer moves the claim to the other queue at once
        jdbc.update("update claim set handling_insurer_id = ? where reference = ?", west, northFresh);
        assertThat(claims.as(westAgent, () -> queue.page(all, 0, 50)))
                .extracting(AgentQueue.Row::reference)
                .containsExactly(westLate, northFresh);
        assertThat(claims.as(northAgent, () -> queue.count(all))).isEqualTo(new AgentQueue.Counts(1, 1));
    }

    @Test
    void theRepresentedOrDeceasedVictimsNameFindsTheClaimAndAWildcardIsTakenLiterally() {
        today(2026, 11, 20, 10);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long insurer = claims.insurer("Q-NOM-" + tag, "Assurances du nom " + tag);
        // an heir opened the claim of a victim who died without an account (issue 24): the claim is the heir's
        String opened = claimOf(insurer, "Léa Héritière " + tag, LocalDate.of(2026, 11, 2));
        jdbc.update(
                "update claim set represented_name = ?, representative_role = 'HEIR' where reference = ?",
                "Marc Dupontel-" + tag,
                opened);
        String other = claimOf(insurer, "Paul Autre " + tag, LocalDate.of(2026, 11, 3));
        String agent = insurers.memberOf(insurer, Role.AGENT, "Agent Nom");

        AgentQueue.Filter byDeceased = new AgentQueue.Filter("dupontel-" + tag.toUpperCase(), null, null);
        // the row names the deceased victim, not the heir who holds the account
        assertThat(claims.as(agent, () -> queue.page(byDeceased, 0, 50)))
                .extracting(AgentQueue.Row::reference, AgentQueue.Row::victimName)
                .containsExactly(tuple(opened, "Marc Dupontel-" + tag));
        assertThat(claims.as(agent, () -> claimService.search("Dupontel-" + tag)))
                .extracting(ClaimFile::reference)
                .containsExactly(opened);
        assertThat(claims.as(agent, () -> queue.page(new AgentQueue.Filter("Paul Autre " + tag, null, null), 0, 50)))
                .extracting(AgentQueue.Row::reference, AgentQueue.Row::victimName)
                .containsExactly(tuple(other, "Paul Autre " + tag));
        // "%%" and "__" are not wildcards: no name holds them
        assertThat(claims.as(agent, () -> queue.page(new AgentQueue.Filter("%%", null, null), 0, 50)))
                .isEmpty();
        assertThat(claims.as(agent, () -> claimService.search("__"))).isEmpty();
    }

    @Test
    void aPageOfTheQueueCostsAFewQueriesWhateverItsSizeAndNoClaimIsLeftOut() {
        today(2026, 11, 20, 10);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long insurer = claims.insurer("Q-GRAND-" + tag, "Grande Compagnie " + tag);
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            refs.add(claimOf(insurer, "Victime " + i, LocalDate.of(2026, 9, 1).plusDays(i)));
        }
        String agent = insurers.memberOf(insurer, Role.AGENT, "Agent Grand");
        AgentQueue.Filter all = new AgentQueue.Filter(null, null, AgentQueue.Due.ANY);

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        boolean was = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            long firstOfTheDay = queries(stats, () -> claims.as(agent, () -> queue.count(all)));
            long count = queries(stats, () -> claims.as(agent, () -> queue.count(all)));
            long small = queries(stats, () -> claims.as(agent, () -> queue.page(all, 0, 10)));
            long large = queries(stats, () -> claims.as(agent, () -> queue.page(all, 0, 60)));
            long search = queries(
                    stats,
                    () -> claims.as(agent, () -> queue.page(new AgentQueue.Filter("Victime", null, null), 20, 40)));
            today(2026, 11, 21, 10); // a new day: the lines are worked out again once, by the first visit
            long nextDay = queries(stats, () -> claims.as(agent, () -> queue.count(all)));
            long nextDayAgain = queries(stats, () -> claims.as(agent, () -> queue.count(all)));
            log.info(
                    "Queue SQL queries with 60 claims (each figure includes the test's own sign-in lookup):"
                            + " count {}, page of 10 {}, page of 60 {}, search page {}; first visit after the"
                            + " submissions {}; first visit of a new day {}, then {}",
                    count,
                    small,
                    large,
                    search,
                    firstOfTheDay,
                    nextDay,
                    nextDayAgain);
            assertThat(nextDayAgain).isEqualTo(count);
            today(2026, 11, 22, 0); // the night's run works the lines out before anyone visits
            index.refreshAllStale(LocalDate.of(2026, 11, 22), clock.instant().plusSeconds(60), clock);
            today(2026, 11, 22, 9);
            long afterTheNight = queries(stats, () -> claims.as(agent, () -> queue.count(all)));
            log.info("Queue SQL queries, first visit after the nightly run: {}", afterTheNight);
            assertThat(afterTheNight).isEqualTo(count);
            assertThat(count).isLessThanOrEqualTo(10);
            assertThat(small).isLessThanOrEqualTo(10);
            assertThat(large).as("whatever the page size").isEqualTo(small);
            assertThat(search).isLessThanOrEqualTo(10);
        } finally {
            stats.setStatisticsEnabled(was);
        }

        List<AgentQueue.Row> pages = new ArrayList<>();
        for (int offset = 0; offset < 60; offset += 25) {
            int from = offset;
            pages.addAll(claims.as(agent, () -> queue.page(all, from, 25)));
        }
        assertThat(pages)
                .extracting(AgentQueue.Row::reference)
                .as("no claim left out, none twice")
                .containsExactlyInAnyOrderElementsOf(refs);
        assertThat(pages)
                .extracting(AgentQueue.Row::nextDue)
                .as("the most overdue first, then by due date")
                .isSorted();
        long late = pages.stream().filter(AgentQueue.Row::late).count();
        assertThat(late).as("the answers presented before 9 October are late").isBetween(30L, 45L);
        assertThat(claims.as(agent, () -> queue.count(all))).isEqualTo(new AgentQueue.Counts(60, late));
    }

    @Test
    void theUnreadCountsOfAPageCostOneQueryWhateverItsSize() {
        today(2026, 11, 20, 10);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long insurer = claims.insurer("Q-FIL-" + tag, "Compagnie des fils " + tag);
        Map<String, Long> written = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            String victim = claims.newUser(Role.VICTIM, "Victime " + i);
            String ref = claims.submittedClaim(
                    victim,
                    LocalDate.of(2026, 9, 1).plusDays(i),
                    new ProcedureDates(LocalDate.of(2026, 9, 3).plusDays(i), null, null, null));
            jdbc.update("update claim set handling_insurer_id = ? where reference = ?", insurer, ref);
            // one claim in four has a line or two from its victim
            long lines = i % 4 == 0 ? 1 + i % 8 / 4 : 0;
            for (int n = 0; n < lines; n++) {
                claims.as(victim, () -> threads.post(ref, "Où en est mon dossier ?", List.of(), List.of(), List.of()));
            }
            written.put(ref, lines);
        }
        String agent = insurers.memberOf(insurer, Role.AGENT, "Agent Fils");
        AgentQueue.Filter all = new AgentQueue.Filter(null, null, AgentQueue.Due.ANY);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        boolean was = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        List<AgentQueue.Row> rows;
        try {
            claims.as(agent, () -> queue.count(all));
            long small = queries(stats, () -> claims.as(agent, () -> queue.page(all, 0, 4)));
            long large = queries(stats, () -> claims.as(agent, () -> queue.page(all, 0, 20)));
            log.info("Queue page with the unread counts: {} SQL queries for 4 rows, {} for 20", small, large);
            assertThat(large)
                    .as("one unread query for the page, not one per row")
                    .isEqualTo(small);
            assertThat(small).isLessThanOrEqualTo(10);
            rows = claims.as(agent, () -> queue.page(all, 0, 20));
        } finally {
            stats.setStatisticsEnabled(was);
        }
        Map<String, Long> shown = new LinkedHashMap<>();
        rows.forEach(r -> shown.put(r.reference(), r.unread()));
        assertThat(shown).containsExactlyInAnyOrderEntriesOf(written);
        assertThat(written.values()).contains(0L, 1L, 2L);
    }

    private static long queries(Statistics stats, Supplier<?> call) {
        stats.clear();
        call.get();
        return stats.getPrepareStatementCount();
    }
}
