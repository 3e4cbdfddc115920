package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.ui.AgentClaimsView;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgentSearchTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    private Grid<?> search(String text) {
        UI.getCurrent().navigate(AgentClaimsView.class);
        HasValueUtilsKt._setValue(_get(TextField.class), text);
        _click(_get(Button.class, b -> b.withText("Rechercher")));
        return LocatorJ._find(Grid.class).isEmpty() ? null : _get(Grid.class);
    }

    @Test
    void anAgentFindsAClaimByReferenceByVictimNameAndByAccidentDate() {
        String surname = "Vasseur" + UUID.randomUUID().toString().substring(0, 6);
        String victim = fixtures.newUser(Role.VICTIM, "Léa " + surname);
        String ref =
                fixtures.submittedClaim(victim, LocalDate.of(2025, 12, 24), new ProcedureDates(null, null, null, null));
        login(fixtures.newUser(Role.AGENT, "Agent Test"), ClaimFixtures.PASSWORD);

        Grid<?> byRef = search(ref.toLowerCase());
        assertThat(GridKt._size(byRef)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(byRef, 0)).contains("Léa " + surname, "24/12/2025");

        assertThat(GridKt._size(search(surname.toLowerCase()))).isEqualTo(1);
        assertThat(GridKt._size(search("24/12/2025"))).isGreaterThanOrEqualTo(1);
        assertThat(search("zzzz-personne")).as("no result, no grid").isNull();
        assertThat(search("L")).as("one letter searches nothing").isNull();
        assertThat(_get(Paragraph.class, p -> p.withText("Aucun dossier trouvé.")))
                .isNotNull();
    }
}
