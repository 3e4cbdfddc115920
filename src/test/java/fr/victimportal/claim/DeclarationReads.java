package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.html.H2;
import fr.victimportal.claim.ui.DeclarationView;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the declaration and questionnaire tests read back: the rows the database holds and the wizard's step title. */
final class DeclarationReads {

    private DeclarationReads() {}

    /** The claim row of the claim this account owns. */
    static Map<String, Object> claimOwnedBy(JdbcTemplate jdbc, String ownerEmail) {
        return jdbc.queryForMap(
                "select c.* from claim c join app_user u on u.id = c.owner_id where u.email = ?", ownerEmail);
    }

    /** The R211-37 questionnaire row of a claim. */
    static Map<String, Object> questionnaireOf(JdbcTemplate jdbc, String reference) {
        return jdbc.queryForMap(
                "select q.* from injury_questionnaire q join claim c on c.id = q.claim_id " + "where c.reference = ?",
                reference);
    }

    /** The title of the wizard's current step (the heading directly in the declaration view). */
    static String wizardHeading() {
        return _find(H2.class).stream()
                .filter(h ->
                        h.getParent().map(p -> p instanceof DeclarationView).orElse(false))
                .findFirst()
                .orElseThrow()
                .getText();
    }
}
