package fr.victimportal.insurer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import fr.victimportal.HttpSignIn;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.InsurerMembers.Member;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import fr.victimportal.account.domain.UserAccountRepository;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.insurer.ui.AgentsView;
import fr.victimportal.insurer.ui.JournalView;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The insurer's administrator's pages: their own agents only, retiring and unlocking, the journal, in FR and EN. */
class InsurerAdminTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private AccountService accounts;

    @Autowired
    private UserAccountRepository stored;

    @Autowired
    private PortalUserDetailsService users;

    @Autowired
    private InsurerAdmin admin;

    @Autowired
    private AgentInvitations invitations;

    /** An administrator and an agent of an insurer of their own, so the lists hold only this test's people. */
    private record Team(long insurer, String admin, String agent, long agentId) {}

    private Team team(String insurerName, Locale language) {
        long insurer = fixtures.insurer("T-" + UUID.randomUUID().toString().substring(0, 8), insurerName);
        String adminEmail = member(Role.INSURER_ADMIN, "Nathalie Essai", insurer, language);
        String agentEmail = member(Role.AGENT, "Karim Essai", insurer, Locale.FRENCH);
        return new Team(
                insurer, adminEmail, agentEmail, accounts.idOf(agentEmail).orElseThrow());
    }

    private String member(Role role, String name, long insurer, Locale language) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.org";
        long id = accounts.create(email, ClaimFixtures.PASSWORD, name, role, language);
        accounts.attachToInsurer(id, insurer);
        return email;
    }

    /** The rows of the page's grid with that accessible name, each as its cells joined by " | ". */
    static java.util.List<String> rows(String gridLabel) {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<Object> grid = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.grid.Grid.class,
                g -> g.withPredicate(
                        x -> x.getAriaLabel().filter(gridLabel::equals).isPresent()));
        return java.util.stream.IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Member> agentsGrid() {
        return _get(
                Grid.class,
                g -> g.withPredicate(
                        x -> x.getAriaLabel().filter("Agents"::equals).isPresent()));
    }

    private static int row(Grid<Member> grid, String name) {
        return IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).displayName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theAdministratorSeesTheirInsurersAgentsInFrench() throws Exception {
        Team t = team("Assurances Lumière", Locale.FRENCH);
        String stranger = member(Role.AGENT, "Agent d’ailleurs", fixtures.insurer(), Locale.FRENCH);
        HttpSignIn.signIn(HttpSignIn.browser(), port, t.agent(), ClaimFixtures.PASSWORD);

        openAs(t.admin(), "assureur/agents");

        assertThat(_get(H1.class).getText())
                .isEqualTo("Agents de l’assureur Assurances Lumière (fictif, démonstration)");
        Grid<Member> grid = agentsGrid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Karim Essai", t.agent(), "actif");
        assertThat(rows("Agents")).noneMatch(r -> r.contains(stranger));
        assertThat(page()).contains("Inviter un agent", "Aucune invitation en attente.");
    }

    @Test
    void theAdministratorsPagesSpeakEnglish() {
        Team t = team("Lumière Insurance", Locale.ENGLISH);
        startUi(Locale.ENGLISH);
        openAs(t.admin(), "assureur/agents");
        assertThat(_get(H1.class).getText()).isEqualTo("Agents of Lumière Insurance (fictitious, demonstration)");
        assertThat(GridKt._getFormattedRow(agentsGrid(), 0)).contains("Karim Essai", "active", "never");
        assertThat(page()).contains("Invite an agent", "Send the invitation", "No pending invitation.");

        UI.getCurrent().navigate(JournalView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Agents’ journal");
        assertThat(page()).contains("No action of your agents is recorded.");
    }

    @Test
    void retiringAnAgentAfterConfirmingEndsTheirSessionsAndBlocksSignIn() throws Exception {
        Team t = team("Assurances Retrait", Locale.FRENCH);
        int epoch = accounts.sessionEpoch(t.agentId());
        assertThat(HttpSignIn.signIn(HttpSignIn.browser(), port, t.agent(), ClaimFixtures.PASSWORD))
                .isEqualTo("/");

        openAs(t.admin(), "assureur/agents");
        Grid<Member> grid = agentsGrid();
        Button retire = (Button) GridKt._getCellComponent(grid, row(grid, "Karim Essai"), "action")
                .getChildren()
                .filter(c -> c instanceof Button b && b.getText().equals("Retirer"))
                .findFirst()
                .orElseThrow();
        assertThat(retire.getElement().getAttribute("aria-label")).isEqualTo("Retirer l’accès de Karim Essai");
        _click(retire);
        assertThat(stored.findById(t.agentId()).orElseThrow().getRetiredAt())
                .as("nothing before the confirmation")
                .isNull();
        ConfirmDialogKt._fireConfirm(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));

        NotificationsKt.expectNotifications("Karim Essai n’a plus accès au portail.");
        assertThat(accounts.sessionEpoch(t.agentId())).isGreaterThan(epoch);
        assertThat(GridKt._getFormattedRow(agentsGrid(), 0)).anyMatch(c -> c.startsWith("retiré le"));
        assertThat(HttpSignIn.signIn(HttpSignIn.browser(), port, t.agent(), ClaimFixtures.PASSWORD))
                .isNotEqualTo("/");

        // a second tab retiring again does nothing more
        int after = accounts.sessionEpoch(t.agentId());
        fixtures.as(t.admin(), () -> admin.retire(t.agentId()));
        assertThat(accounts.sessionEpoch(t.agentId())).isEqualTo(after);
    }

    @Test
    void theAdministratorUnlocksTheirLockedAgent() throws Exception {
        Team t = team("Assurances Verrou", Locale.FRENCH);
        var http = HttpSignIn.browser();
        for (int i = 0; i < 5; i++) {
            HttpSignIn.signIn(http, port, t.agent(), "essai-" + i);
        }
        assertThat(stored.findById(t.agentId()).orElseThrow().isLockedAt(clock.instant()))
                .isTrue();

        openAs(t.admin(), "assureur/agents");
        Grid<Member> grid = agentsGrid();
        assertThat(GridKt._getFormattedRow(grid, 0)).anyMatch(c -> c.startsWith("bloqué jusqu’au"));
        Button unlock = (Button) GridKt._getCellComponent(grid, 0, "action")
                .getChildren()
                .filter(c -> c instanceof Button b && b.getText().equals("Débloquer"))
                .findFirst()
                .orElseThrow();
        assertThat(unlock.getElement().getAttribute("aria-label")).isEqualTo("Débloquer le compte de Karim Essai");
        _click(unlock);

        NotificationsKt.expectNotifications("Le compte de Karim Essai est débloqué.");
        assertThat(stored.findById(t.agentId()).orElseThrow().isLockedAt(clock.instant()))
                .isFalse();
        assertThat(HttpSignIn.signIn(HttpSignIn.browser(), port, t.agent(), ClaimFixtures.PASSWORD))
                .isEqualTo("/");
    }

    @Test
    void anAdministratorCannotSeeRetireOrUnlockAnotherInsurersAgent() throws Exception {
        Team mine = team("Assurances Une", Locale.FRENCH);
        Team theirs = team("Assurances Deux", Locale.FRENCH);
        var http = HttpSignIn.browser();
        for (int i = 0; i < 5; i++) {
            HttpSignIn.signIn(http, port, theirs.agent(), "essai-" + i);
        }

        assertThat(fixtures.as(mine.admin(), () -> admin.team().agents()))
                .extracting(Member::id)
                .containsExactly(mine.agentId());
        assertThatThrownBy(() -> fixtures.as(mine.admin(), () -> admin.retire(theirs.agentId())))
                .isInstanceOf(AgentNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(mine.admin(), () -> admin.unlock(theirs.agentId())))
                .isInstanceOf(AgentNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(mine.admin(), () -> admin.retire(Long.MAX_VALUE)))
                .as("the same answer as an unknown id")
                .isInstanceOf(AgentNotFoundException.class);
        var other = stored.findById(theirs.agentId()).orElseThrow();
        assertThat(other.getRetiredAt()).isNull();
        assertThat(other.isLockedAt(clock.instant())).as("still locked").isTrue();
    }

    @Test
    void onlyAnInsurersAdministratorOpensTheAdministratorsPages() {
        String agent = fixtures.newUser(Role.AGENT, "Agent Curieux");
        login(agent, ClaimFixtures.PASSWORD);
        assertThatThrownBy(() -> UI.getCurrent().navigate(AgentsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(JournalView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(agent, () -> admin.team()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theJournalListsTheActionsOfTheInsurersAgentsOnly() {
        Team t = team("Assurances Journal", Locale.FRENCH);
        Team other = team("Assurances Autres", Locale.FRENCH);
        var audit = applicationContext.getBean(fr.victimportal.audit.AuditTrail.class);
        audit.record(new fr.victimportal.audit.AuditRecord(
                t.agentId(),
                "AGENT",
                42L,
                "reason:call",
                fr.victimportal.audit.AuditAction.CONSULT,
                fr.victimportal.audit.AuditOutcome.GRANTED));
        audit.record(new fr.victimportal.audit.AuditRecord(
                other.agentId(),
                "AGENT",
                43L,
                "reason:call",
                fr.victimportal.audit.AuditAction.CONSULT,
                fr.victimportal.audit.AuditOutcome.DENIED));

        openAs(t.admin(), "assureur/journal");

        assertThat(_get(H1.class).getText()).isEqualTo("Journal des agents");
        @SuppressWarnings("unchecked")
        Grid<InsurerAdmin.JournalLine> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("Karim Essai", "consultation du dossier", "autorisé", "n° 42");
    }
}
