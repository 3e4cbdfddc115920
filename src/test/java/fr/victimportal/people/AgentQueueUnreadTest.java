package fr.victimportal.people;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.AgentQueue;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.correspondence.ClaimThreads;
import fr.victimportal.insurer.InsurerFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agents' queue column "Non lus" (issue 23): the lines of each claim's thread from the victim's side that the
 * signed-in agent has not read, in words, blank when none; the agent's own reading empties it, and another agent of
 * the same insurer still sees them. In French and in English.
 */
class AgentQueueUnreadTest extends KaribuTest {

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private InsurerFixtures insurers;

    @Autowired
    private ClaimThreads threads;

    @Autowired
    private JdbcTemplate jdbc;

    private String busy;
    private String quiet;
    private String agent;
    private String colleague;

    @BeforeEach
    void twoClaimsOfOneInsurerOneWithMessages() {
        today(2026, 11, 20, 10);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long insurer = claims.insurer("Q-LUS-" + tag, "Assurances des messages " + tag);
        String victim = claims.newUser(Role.VICTIM, "Victime Bavarde");
        busy = claimOf(insurer, victim, LocalDate.of(2026, 10, 1));
        quiet = claimOf(insurer, claims.newUser(Role.VICTIM, "Victime Discrète"), LocalDate.of(2026, 10, 2));
        agent = insurers.memberOf(insurer, Role.AGENT, "Agent Lecteur");
        colleague = insurers.memberOf(insurer, Role.AGENT, "Agent Collègue");
        IntStream.rangeClosed(1, 3)
                .forEach(i -> claims.as(
                        victim,
                        () -> threads.post(busy, "Message " + i + " de la victime", List.of(), List.of(), List.of())));
    }

    private String claimOf(long insurer, String victim, LocalDate presented) {
        String ref = claims.submittedClaim(
                victim, presented.minusDays(10), new ProcedureDates(presented.minusDays(8), presented, null, null));
        jdbc.update("update claim set handling_insurer_id = ? where reference = ?", insurer, ref);
        return ref;
    }

    @SuppressWarnings("unchecked")
    private static Grid<AgentQueue.Row> grid() {
        return _get(Grid.class);
    }

    /** The "unread" cell of the claim's row, as the agent reads it. */
    private static String unreadOf(String reference) {
        Grid<AgentQueue.Row> grid = grid();
        List<AgentQueue.Row> rows = GridKt._fetch(grid, 0, 100);
        int row = IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).reference().equals(reference))
                .findFirst()
                .orElseThrow();
        List<String> cells = GridKt._getFormattedRow(grid, row);
        int column = grid.getColumns().indexOf(grid.getColumnByKey("unread"));
        return cells.get(column);
    }

    @Test
    void theAgentSeesTheUnreadCountUntilTheyReadTheThread() {
        openAs(agent, "agent/dossiers");
        assertThat(grid().getColumnByKey("unread").getHeaderText()).isEqualTo("Non lus");
        assertThat(unreadOf(busy)).isEqualTo("3 non lus");
        assertThat(unreadOf(quiet)).isEmpty();

        // the agent writes back (their own line is not news) and reads the thread
        claims.as(agent, () -> {
            threads.post(busy, "Bien reçu, merci.", List.of(), List.of(), List.of());
            threads.markRead(busy, Long.MAX_VALUE);
            return null;
        });
        openAs(agent, "agent/dossiers");
        assertThat(unreadOf(busy)).isEmpty();

        // each agent has their own marks: the colleague has read nothing from the victim
        logout();
        openAs(colleague, "agent/dossiers");
        assertThat(unreadOf(busy)).isEqualTo("3 non lus");
    }

    @Test
    void inEnglish() {
        jdbc.update("update app_user set preferred_language = 'en' where email = ?", agent);
        startUi(Locale.ENGLISH);
        openAs(agent, "agent/dossiers");
        assertThat(grid().getColumnByKey("unread").getHeaderText()).isEqualTo("Unread");
        assertThat(unreadOf(busy)).isEqualTo("3 unread");
        assertThat(unreadOf(quiet)).isEmpty();
    }
}
