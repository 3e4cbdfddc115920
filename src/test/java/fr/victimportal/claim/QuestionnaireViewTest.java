package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.SocialSecurityScheme;
import fr.victimportal.claim.ui.DashboardView;
import fr.victimportal.claim.ui.QuestionnaireView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class QuestionnaireViewTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private JdbcTemplate jdbc;

    private String ref;

    @BeforeEach
    void aVictimWithAClaim() {
        String victim = fixtures.newUser(Role.VICTIM, "Hugo Blanc");
        ref = fixtures.submittedClaim(
                victim,
                LocalDate.of(2026, 10, 5),
                new ProcedureDates(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 10), null, null));
        openAs(victim, "dossier/" + ref + "/questionnaire");
    }

    private Map<String, Object> row() {
        return DeclarationReads.questionnaireOf(jdbc, ref);
    }

    @Test
    void theEmptyQuestionnaireOpensWithItsSixWeekDateAndNoSocialSecurityNumberField() {
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(QuestionnaireView.class);
        // presented Tue 10 Nov 2026 + 6 weeks = Tue 22 Dec 2026 (R211-31)
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("À renvoyer au plus tard le 22 décembre 2026 (C. assur. art. R211-31)"));
        assertThat(_find(TextField.class, f -> f.withLabel("Numéro de sécurité sociale")))
                .isEmpty();
        assertThat(_get(Select.class, s -> s.withLabel("Régime de sécurité sociale"))
                        .getValue())
                .isNull();
    }

    @Test
    void answersAreSavedWithTheDayTheyWereGiven() {
        HasValueUtilsKt._setValue(_get(TextField.class, f -> f.withLabel("Profession")), "Infirmier");
        HasValueUtilsKt._setValue(
                _get(BigDecimalField.class, f -> f.withLabel("Revenus professionnels nets par mois (€)")),
                new BigDecimal("2150.40"));
        HasValueUtilsKt._setValue(
                _get(TextArea.class, f -> f.withLabel("Description de vos blessures")), "Fracture du tibia droit");
        @SuppressWarnings("unchecked")
        Select<SocialSecurityScheme> scheme = _get(Select.class, s -> s.withLabel("Régime de sécurité sociale"));
        HasValueUtilsKt._setValue(scheme, SocialSecurityScheme.GENERAL);
        _click(_get(Button.class, b -> b.withText("Enregistrer mes réponses")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(row()).containsEntry("OCCUPATION", "Infirmier").containsEntry("SOCIAL_SECURITY_SCHEME", "GENERAL");
        assertThat((BigDecimal) row().get("MONTHLY_NET_INCOME")).isEqualByComparingTo("2150.40");
        assertThat(row().get("ANSWERED_ON").toString())
                .isEqualTo(LocalDate.now(clock).toString());
        assertThat(row().get("NIR")).isNull();
    }

    @Test
    void aNegativeIncomeIsRefusedAndNothingIsSaved() {
        BigDecimalField income =
                _get(BigDecimalField.class, f -> f.withLabel("Revenus professionnels nets par mois (€)"));
        HasValueUtilsKt._setValue(income, new BigDecimal("-10"));
        _click(_get(Button.class, b -> b.withText("Enregistrer mes réponses")));
        assertThat(income.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from injury_questionnaire q join claim c on c.id = q.claim_id "
                                + "where c.reference = ?",
                        Integer.class,
                        ref))
                .isZero();
    }
}
