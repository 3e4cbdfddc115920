package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.PlannedDocument;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.QuestionnaireAnswers;
import fr.victimportal.claim.model.SocialSecurityScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a victim sees on the dashboard, on a fixed clock. Dates were checked against a calendar. */
class DashboardTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    private String deadline(String title) {
        return StaticCards.texts("li.deadline").stream()
                .filter(t -> t.startsWith(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theDayAfterDeclaringTheVictimSeesTheQuestionnaireStageItsDatesAndWhatToDo() {
        // Accident Monday 5 Oct 2026, insurer told 20 Oct, questionnaire presented Tue 10 Nov; declared Sun 22 Nov.
        String victim = fixtures.newUser(Role.VICTIM, "Paul Leroy");
        today(2026, 11, 22, 18);
        String ref = fixtures.submittedClaim(
                victim,
                LocalDate.of(2026, 10, 5),
                new ProcedureDates(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 10), null, null));
        today(2026, 11, 23, 9);

        openAs(victim, "mon-dossier");

        assertThat(_get(H1.class).getText()).isEqualTo("Dossier " + ref);
        assertThat(StaticCards.elements("li.stage-current"))
                .singleElement()
                .satisfies(current -> assertThat(current.attr("aria-current")).isEqualTo("step"))
                .extracting(StaticCards::text)
                .satisfies(current -> assertThat(current)
                        .startsWith("Questionnaire de l’assureur")
                        .contains("vous en êtes ici"));
        assertThat(text(StaticCards.only("li.stage-done"))).isEqualTo("Déclarationfait le 22 novembre 2026");

        // 10 Nov + 6 weeks = Tue 22 Dec 2026 (R211-31), 29 days from Mon 23 Nov.
        assertThat(text(deadline("Répondre au questionnaire de l’assureur")))
                .contains("au plus tard le 22 décembre 2026", "encore 29 jours", "C. assur. art. R211-31");
        // 5 Oct 2026 + 8 months = Sat 5 Jun 2027, moved to Mon 7 Jun 2027 (CPC 642).
        assertThat(text(deadline("Offre dans les 8 mois de l’accident")))
                .contains(
                        "au plus tard le 7 juin 2027",
                        "C. assur. art. L211-9 al. 2",
                        "Reporté au jour ouvrable suivant");

        // The insurer was told on 20 Oct, before the R211-29 month ran out (5 Nov): shown as done, never as overdue.
        assertThat(text(deadline("Prévenir l’assureur du véhicule impliqué")))
                .contains("fait le 20 octobre 2026")
                .doesNotContain("dépassé");

        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("Répondre au questionnaire de l’assureur");
        assertThat(_find(ListItem.class))
                .extracting(li -> li.getElement().getTextRecursively())
                .anyMatch(t -> t.startsWith("Vous ne conduisiez pas"));
    }

    @Test
    void aPassedInsurerDeadlineIsShownAsTheInsurersLateness() {
        // Accident Mon 2 Mar 2026: 8 months = Mon 2 Nov 2026, passed by 21 days on Mon 23 Nov 2026.
        String victim = fixtures.newUser(Role.VICTIM, "Nadia Roche");
        today(2026, 3, 20, 12);
        String ref = fixtures.submittedClaim(
                victim, LocalDate.of(2026, 3, 2), new ProcedureDates(LocalDate.of(2026, 3, 10), null, null, null));
        clock.reset();
        openAs(victim, "dossier/" + ref);
        String offer = text(deadline("Offre dans les 8 mois de l’accident"));
        assertThat(offer)
                .contains("au plus tard le 2 novembre 2026", "L’assureur : en retard de 21 jours")
                .contains("intérêts au double du taux légal");
        assertThat(offer).doesNotContain("dépassé depuis");
    }

    @Test
    void anAnsweredQuestionnaireMovesTheTimelineOn() {
        String victim = fixtures.newUser(Role.VICTIM, "Jean Petit");
        String ref = fixtures.submittedClaim(
                victim,
                LocalDate.of(2026, 10, 5),
                new ProcedureDates(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 10), null, null));
        fixtures.as(victim, () -> {
            ClaimService claims = applicationContext.getBean(ClaimService.class);
            return claims.saveQuestionnaire(
                    ref,
                    0,
                    new QuestionnaireAnswers(
                            "Jean Petit",
                            "Lyon",
                            "Menuisier",
                            null,
                            new BigDecimal("2100.50"),
                            "Fracture du poignet",
                            2,
                            SocialSecurityScheme.GENERAL,
                            "CPAM du Rhône",
                            null,
                            "CPAM",
                            null,
                            Set.of(PlannedDocument.INITIAL_MEDICAL_CERTIFICATE),
                            null),
                    LocalDate.of(2026, 11, 20));
        });
        openAs(victim, "dossier/" + ref);
        assertThat(text(StaticCards.only("li.stage-current"))).startsWith("Examen médical");
        assertThat(_find(ListItem.class))
                .extracting(li -> li.getElement().getTextRecursively())
                .anyMatch(t -> t.startsWith("Rien à faire pour l’instant"));
    }
}
