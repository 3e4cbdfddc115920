package fr.victimportal.doctor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.shared.UserInputException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The directory of doctors: the forty fictitious entries, the search and its filters, and the agents' edits. */
class DoctorDirectoryTest extends KaribuTest {

    @Autowired
    private DoctorDirectory directory;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private DirectoryFixtures directoryFixtures;

    @Autowired
    private AccountService accounts;

    @Autowired
    private JdbcTemplate jdbc;

    private String agent;

    @BeforeEach
    void demoDirectory() {
        agent = directoryFixtures.agentWithDemoDirectory();
    }

    @Test
    void theDirectoryShipsFortyFictitiousDoctorsAndFiltersByDepartmentSpecialtyLanguageAndName() {
        List<DirectoryEntry> all = directory.search(DirectoryFilter.ALL);
        assertThat(all).hasSize(40).allSatisfy(e -> {
            assertThat(e.name()).endsWith("(fictif)");
            assertThat(e.email()).endsWith("@exemple.invalid");
        });
        assertThat(all.stream().map(DirectoryEntry::department).distinct().count())
                .as("departments covered")
                .isGreaterThanOrEqualTo(20);
        List<DirectoryEntry> lyon = directory.search(new DirectoryFilter("69", null, null, null));
        assertThat(lyon)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.department()).isEqualTo("69"))
                .hasSize((int)
                        all.stream().filter(e -> e.department().equals("69")).count());
        List<DirectoryEntry> neuroArabic = directory.search(new DirectoryFilter(null, Specialty.NEUROLOGY, "ar", null));
        assertThat(neuroArabic)
                .allSatisfy(e -> {
                    assertThat(e.specialties()).contains(Specialty.NEUROLOGY);
                    assertThat(e.languages()).contains("ar");
                })
                .hasSize((int) all.stream()
                        .filter(e -> e.specialties().contains(Specialty.NEUROLOGY)
                                && e.languages().contains("ar"))
                        .count());
        assertThat(directory.search(new DirectoryFilter(null, null, null, "helene roussel")))
                .extracting(DirectoryEntry::name)
                .containsExactly("Dr Hélène Roussel (fictif)");
        assertThat(directory.search(new DirectoryFilter("2B", null, null, null)))
                .isEmpty();
    }

    @Test
    void anAgentAddsEditsAndRetiresAnEntryAVictimCannotAndBadInputChangesNothing() {
        long id = claims.as(
                agent,
                () -> directory.save(
                        null,
                        0,
                        new EntryInput(
                                "Dr Test Nouveau (fictif)",
                                List.of(Specialty.DAMAGE_ASSESSMENT),
                                "2a",
                                "Bastia",
                                List.of("FR", "it"),
                                true,
                                null,
                                null,
                                "test.nouveau@exemple.invalid")));
        DirectoryEntry added = directory.entry(id).orElseThrow();
        assertThat(added.department()).isEqualTo("2A");
        assertThat(added.languages()).containsExactly("fr", "it");
        assertThat(directory.search(new DirectoryFilter("2A", null, "it", null)))
                .extracting(DirectoryEntry::id)
                .contains(id);

        String victim = claims.newUser(Role.VICTIM, "Victime Curieuse");
        assertThatThrownBy(() -> claims.as(
                        victim,
                        () -> directory.save(
                                id,
                                added.version(),
                                new EntryInput(
                                        "Dr Pirate",
                                        List.of(Specialty.ENT),
                                        "75",
                                        "Paris",
                                        List.of("fr"),
                                        false,
                                        null,
                                        null,
                                        "p@exemple.invalid"))))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("doctor.error.agentOnly"));
        assertThatThrownBy(() -> claims.as(
                        agent,
                        () -> directory.save(
                                id,
                                added.version(),
                                new EntryInput(
                                        "Dr Test Nouveau (fictif)",
                                        List.of(Specialty.ENT),
                                        "99",
                                        "Paris",
                                        List.of("fr"),
                                        false,
                                        null,
                                        null,
                                        "test.nouveau@exemple.invalid"))))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("doctor.error.department"));
        assertThat(directory.entry(id).orElseThrow()).isEqualTo(added);

        claims.as(
                agent,
                () -> directory.save(
                        id,
                        added.version(),
                        new EntryInput(
                                "Dr Test Nouveau (fictif)",
                                List.of(Specialty.DAMAGE_ASSESSMENT, Specialty.ENT),
                                "2A",
                                "Ajaccio",
                                List.of("fr"),
                                true,
                                null,
                                null,
                                "test.nouveau@exemple.invalid")));
        assertThat(directory.entry(id).orElseThrow().city()).isEqualTo("Ajaccio");
        assertThatThrownBy(() -> claims.as(agent, () -> {
                    directory.retire(id, added.version());
                    return 0;
                }))
                .as("a stale version (second tab)")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        claims.as(agent, () -> {
            directory.retire(id, added.version() + 1);
            return 0;
        });
        assertThat(directory.search(DirectoryFilter.ALL))
                .extracting(DirectoryEntry::id)
                .doesNotContain(id);

        // one shared directory: each change is in the audit trail with the agent and the insurer they belong to
        long agentId = accounts.idOf(agent).orElseThrow();
        String insurer = ":insurer:" + claims.insurer();
        assertThat(jdbc.queryForList(
                        "select subject from audit_entry where action = 'DIRECTORY_EDIT' and actor_id = ?"
                                + " and actor_role = 'AGENT' and subject like ? order by seq",
                        String.class,
                        agentId,
                        "directory:" + id + ":%"))
                .containsExactly(
                        "directory:" + id + ":add" + insurer,
                        "directory:" + id + ":edit" + insurer,
                        "directory:" + id + ":retire" + insurer);
    }

    @Test
    void theDirectoryPageFiltersAndOnlyAnAgentSeesTheEditor() {
        String victim = claims.newUser(Role.VICTIM, "Victime Lectrice");
        openAs(victim, "medecins");
        assertThat(page()).contains("40 médecins correspondent.", "Dr Hélène Roussel (fictif)");
        assertThat(_find(Details.class)).isEmpty();
        @SuppressWarnings("unchecked")
        Select<String> department = _get(Select.class, s -> s.withLabel("Département"));
        department.setValue("13");
        long inMarseilleArea =
                directory.search(new DirectoryFilter("13", null, null, null)).size();
        assertThat(page())
                .contains(inMarseilleArea + " médecins correspondent.")
                .doesNotContain("Hélène Roussel");
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Nom ou ville")), "zzz");
        assertThat(page()).contains("Aucun médecin ne correspond à ces critères.");

        logout();
        openAs(agent, "medecins");
        assertThat(_get(Details.class).getSummaryText()).isEqualTo("Ajouter un médecin");
        assertThat(_find(Button.class, b -> b.withText("Retirer"))).hasSize(40);
    }
}
