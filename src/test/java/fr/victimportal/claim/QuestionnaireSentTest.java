package fr.victimportal.claim;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.TestClock;
import fr.victimportal.account.Role;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.QuestionnaireAnswers;
import fr.victimportal.deadline.ClaimFacts;
import fr.victimportal.deadline.DeadlineCode;
import fr.victimportal.deadline.DeadlineEngine;
import fr.victimportal.deadline.Questionnaire;
import fr.victimportal.shared.Formats;
import fr.victimportal.shared.UserInputException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The questionnaire counts as received by the insurer on the day the victim sent it, not on the day it was saved here
 * (R211-31): the date is asked, "not sent yet" by default, and the legal clock uses it.
 */
class QuestionnaireSentTest extends KaribuTest {

    private static final String SENT_ON = "Date à laquelle les réponses ont été envoyées à l’assureur";

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ClaimService claims;

    private Map<String, Object> row(String ref) {
        return DeclarationReads.questionnaireOf(jdbc, ref);
    }

    private String deadline(String titleKey) {
        String title = UI.getCurrent().getTranslation(titleKey);
        return StaticCards.texts("li.deadline").stream()
                .map(QuestionnaireSentTest::text)
                .filter(t -> t.startsWith(title))
                .findFirst()
                .orElseThrow();
    }

    /** The 8-month offer date with the questionnaire answer received on {@code received}. */
    private static LocalDate eightMonths(LocalDate received, LocalDate today) {
        ClaimFacts facts = ClaimFacts.builder()
                .accidentDate(LocalDate.of(2026, 10, 5))
                .insurerNoticeDate(LocalDate.of(2026, 10, 20))
                .questionnaire(new Questionnaire(LocalDate.of(2026, 11, 10), received, received, null))
                .build();
        return new DeadlineEngine()
                .computeAll(facts, today)
                .find(DeadlineCode.OFFER_8M)
                .orElseThrow()
                .dueDate();
    }

    @Test
    void theAnswersCountFromTheDayTheyWereSentNotTheDayTheyWereSaved() {
        // Questionnaire presented Tue 10 Nov 2026: 6 weeks end Tue 22 Dec 2026. Sent Wed 30 Dec, saved here 10 Jan.
        String victim = fixtures.newUser(Role.VICTIM, "Hugo Blanc");
        String ref = fixtures.submittedClaim(
                victim,
                LocalDate.of(2026, 10, 5),
                new ProcedureDates(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 10), null, null));
        clock.set(TestClock.paris(2027, 1, 10, 10, 0));
        openAs(victim, "dossier/" + ref + "/questionnaire");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("Pas encore envoyé à l’assureur.")
                .anyMatch(t -> t.startsWith("Ce portail ne transmet rien à l’assureur")
                        && t.contains(
                                "si les réponses arrivent plus de 6 semaines après la présentation de la lettre de l’assureur, "
                                        + "ce délai est suspendu")
                        && t.contains("C. assur. art. R211-31"));
        assertThat(_get(DatePicker.class, s -> s.withLabel(SENT_ON)).getValue()).isNull();

        // saved, not sent: nothing counts yet
        HasValueUtilsKt._setValue(_get(TextField.class, f -> f.withLabel("Profession")), "Infirmier");
        _click(_get(Button.class, b -> b.withText("Enregistrer mes réponses")));
        assertThat(row(ref)).containsEntry("SENT_ON", null);
        assertThat(row(ref).get("ANSWERED_ON").toString()).isEqualTo("2027-01-10");
        assertThat(_find(ListItem.class))
                .extracting(QuestionnaireSentTest::text)
                .contains("Répondre au questionnaire de l’assureur");
        assertThat(deadline("deadline.QUESTIONNAIRE_ANSWER.title")).doesNotContain("fait le");

        // the victim says when they sent it
        UI.getCurrent().navigate("dossier/" + ref + "/questionnaire");
        HasValueUtilsKt._setValue(_get(DatePicker.class, s -> s.withLabel(SENT_ON)), LocalDate.of(2026, 12, 30));
        _click(_get(Button.class, b -> b.withText("Enregistrer mes réponses")));
        assertThat(row(ref).get("SENT_ON").toString()).isEqualTo("2026-12-30");
        assertThat(row(ref).get("ANSWERED_ON").toString()).isEqualTo("2027-01-10");
        assertThat(jdbc.queryForObject(
                        "select changes from claim_revision r join claim c on c.id = r.claim_id "
                                + "where c.reference = ? and r.section = 'questionnaire'",
                        String.class,
                        ref))
                .contains("sentOn")
                .contains("2026-12-30");

        LocalDate today = LocalDate.of(2027, 1, 10);
        LocalDate fromSending = eightMonths(LocalDate.of(2026, 12, 30), today);
        assertThat(fromSending).isNotEqualTo(eightMonths(today, today)); // the save date would give another date
        assertThat(deadline("deadline.OFFER_8M.title"))
                .contains("au plus tard le " + Formats.date(fromSending, Locale.FRENCH));
        assertThat(deadline("deadline.QUESTIONNAIRE_ANSWER.title")).contains("fait le 30 décembre 2026");
        assertThat(StaticCards.texts("li.stage-done"))
                .extracting(QuestionnaireSentTest::text)
                .contains("Questionnaire de l’assureurfait le 30 décembre 2026");
        UI.getCurrent().navigate("dossier/" + ref + "/questionnaire");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("Envoyé à l’assureur le 30 décembre 2026.");
    }

    @Test
    void aSendingDateInTheFutureBeforeTheAccidentOrBeforeThePresentationIsRefusedAndNothingIsSaved() {
        String victim = fixtures.newUser(Role.VICTIM, "Inès Morel");
        String ref = fixtures.submittedClaim(
                victim,
                LocalDate.of(2026, 10, 5),
                new ProcedureDates(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 10), null, null));
        QuestionnaireAnswers answers = QuestionnaireAnswers.empty();
        assertThatThrownBy(() -> fixtures.as(
                        victim, () -> claims.saveQuestionnaire(ref, 0, answers, LocalDate.of(2026, 11, 24))))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("claim.error.futureDate");
        assertThatThrownBy(() ->
                        fixtures.as(victim, () -> claims.saveQuestionnaire(ref, 0, answers, LocalDate.of(2026, 10, 1))))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("claim.error.beforeAccident");
        assertThatThrownBy(() ->
                        fixtures.as(victim, () -> claims.saveQuestionnaire(ref, 0, answers, LocalDate.of(2026, 11, 2))))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("claim.error.sentBeforePresented");
        assertThat(jdbc.queryForObject(
                        "select count(*) from injury_questionnaire q join claim c on c.id = q.claim_id "
                                + "where c.reference = ?",
                        Integer.class,
                        ref))
                .isZero();

        // in the page: the picker refuses a future date and nothing is saved
        openAs(victim, "dossier/" + ref + "/questionnaire");
        DatePicker sent = _get(DatePicker.class, s -> s.withLabel(SENT_ON));
        HasValueUtilsKt._setValue(sent, LocalDate.of(2026, 12, 1));
        _click(_get(Button.class, b -> b.withText("Enregistrer mes réponses")));
        assertThat(sent.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from injury_questionnaire q join claim c on c.id = q.claim_id "
                                + "where c.reference = ?",
                        Integer.class,
                        ref))
                .isZero();
    }
}
