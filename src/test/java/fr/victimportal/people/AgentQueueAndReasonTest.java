package fr.victimportal.people;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.AgentQueue;
import fr.victimportal.claim.ClaimConsultations;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.ProcedureDates;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The agents' queue (late first, filters) and the reason asked once per claim and session, which the victim sees. */
class AgentQueueAndReasonTest extends KaribuTest {

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private AgentQueue queue;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void lateClaimsComeFirstAndTheFiltersKeepOnlyWhatIsAsked() {
        today(2026, 11, 20, 10);
        // questionnaire presented 1 Oct 2026: the answer was due within 6 weeks (R211-37) -> late on 20 Nov
        String late = claims.submittedClaim(
                claims.newUser(Role.VICTIM, "Retard Questionnaire"),
                LocalDate.of(2026, 9, 20),
                new ProcedureDates(LocalDate.of(2026, 9, 22), LocalDate.of(2026, 10, 1), null, null));
        // presented 18 Nov: due early January, not late
        String fresh = claims.submittedClaim(
                claims.newUser(Role.VICTIM, "Dossier Récent"),
                LocalDate.of(2026, 11, 10),
                new ProcedureDates(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 18), null, null));
        String agent = claims.newUser(Role.AGENT, "Agent Queue");
        List<AgentQueue.Row> rows = claims.as(agent, () -> queue.rows(null, null, AgentQueue.Due.ANY));
        List<String> refs = rows.stream().map(AgentQueue.Row::reference).toList();
        assertThat(refs).contains(late, fresh);
        AgentQueue.Row lateRow = rows.stream()
                .filter(r -> r.reference().equals(late))
                .findFirst()
                .orElseThrow();
        assertThat(lateRow.late()).isTrue();
        assertThat(lateRow.stage()).isEqualTo(AgentQueue.Stage.QUESTIONNAIRE);
        assertThat(lateRow.legalBasis()).isNotBlank();
        assertThat(refs.indexOf(late)).as("late first").isLessThan(refs.indexOf(fresh));
        assertThat(rows.stream().takeWhile(AgentQueue.Row::late).count())
                .isEqualTo(rows.stream().filter(AgentQueue.Row::late).count());

        List<String> onlyLate = claims.as(agent, () -> queue.rows(null, null, AgentQueue.Due.LATE)).stream()
                .map(AgentQueue.Row::reference)
                .toList();
        assertThat(onlyLate).contains(late).doesNotContain(fresh);
        assertThat(claims.as(agent, () -> queue.rows(fresh, AgentQueue.Stage.QUESTIONNAIRE, AgentQueue.Due.ANY)))
                .extracting(AgentQueue.Row::reference)
                .containsExactly(fresh);
        assertThat(claims.as(agent, () -> queue.rows(fresh, AgentQueue.Stage.OFFER, AgentQueue.Due.ANY)))
                .isEmpty();

        openAs(agent, "agent/dossiers");
        assertThat(page()).containsPattern("\\d+ dossiers, dont \\d+ en retard");
        @SuppressWarnings("unchecked")
        Grid<AgentQueue.Row> grid = _get(Grid.class);
        List<AgentQueue.Row> shown = GridKt._fetch(grid, 0, 1000);
        assertThat(shown.get(0).late()).as("the grid shows the late ones first").isTrue();
    }

    @Test
    void anAgentGivesAReasonOncePerClaimAndSessionAndTheVictimSeesIt() {
        String victim = claims.newUser(Role.VICTIM, "Claire Fontaine");
        String ref = claims.submittedClaim(
                victim, LocalDate.of(2026, 9, 1), new ProcedureDates(LocalDate.of(2026, 9, 3), null, null, null));
        String agent = claims.newUser(Role.AGENT, "Marc Agent");
        openAs(agent, "dossier/" + ref + "/offre");
        assertThat(page()).contains("Pourquoi ouvrez-vous le dossier " + ref);
        _click(_get(Button.class, b -> b.withText("Ouvrir le dossier")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ClaimConsultations.Reason> reason = _get(RadioButtonGroup.class);
        assertThat(reason.isInvalid()).as("no reason, no opening").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Choisissez un motif.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry e join claim c on c.id = e.claim_id"
                                + " where c.reference = ? and e.action = 'CONSULT'",
                        Long.class,
                        ref))
                .isZero();
        HasValueUtilsKt._setValue(reason, ClaimConsultations.Reason.PHONE_CALL);
        _click(_get(Button.class, b -> b.withText("Ouvrir le dossier")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("back to the screen asked for")
                .isEqualTo("dossier/" + ref + "/offre");
        UI.getCurrent().navigate("dossier/" + ref);
        assertThat(page()).as("asked once per session").doesNotContain("Pourquoi ouvrez-vous");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry e join claim c on c.id = e.claim_id"
                                + " where c.reference = ? and e.action = 'CONSULT' and e.subject = 'reason:PHONE_CALL'",
                        Long.class,
                        ref))
                .isEqualTo(1);

        logout();
        openAs(victim, "dossier/" + ref);
        assertThat(page())
                .contains(
                        "Qui a consulté mon dossier",
                        "Marc Agent (agent de l’assureur)",
                        "Appel téléphonique de la victime");
        UI.getCurrent().navigate("dossier/" + ref + "/documents/journal");
        assertThat(page()).contains("consultation du dossier", "Motif : Appel téléphonique de la victime");
    }
}
