package fr.victimportal.family;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimantAnswers;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.medical.MedicalFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The R211-38 answers page and the family's guidance (issue 24), in French and English: the heir fills and saves their
 * answers (what the portal has is not asked again), a future birth date is refused with nothing saved, the agent reads
 * every claimant's answers read-only, and the heir finds the thread on the dashboard after the death.
 */
class ClaimantAnswersViewTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private FamilyTestSupport family;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private ClaimantAnswers answers;

    private MedicalFixtures.Cast cast;
    private String heir;
    private String page;

    @BeforeEach
    void aDeathRecorded() {
        today(2026, 12, 20, 10);
        cast = medical.claimWithParticipants();
        heir = family.join(SMTP, cast.reference(), cast.agent(), "Léa Martin", KinLink.CHILD);
        family.recordDeath(cast.agent(), cast.reference(), LocalDate.of(2026, 12, 10));
        page = "dossier/" + cast.reference() + "/famille/mes-reponses";
    }

    private ClaimantAnswers.Sheet mine() {
        return fixtures.as(heir, () -> answers.mine(cast.reference())).orElseThrow();
    }

    @Test
    void theHeirFillsAndSavesTheirAnswersInFrench() {
        openAs(heir, page);
        assertThat(page())
                .contains("Ce qu’il faut réunir", "l’acte de notoriété", "factures des obsèques")
                .contains("Le dossier sait déjà qui vous êtes : Léa Martin, Enfant.")
                .contains("L’acte de décès est déjà dans le dossier")
                .doesNotContain("l’acte de décès ;");
        assertThat(_get(
                                TextField.class,
                                f -> f.withLabel("Votre caisse de sécurité sociale (par exemple : CPAM de la Gironde)"))
                        .getHelperText())
                .contains("N’indiquez pas votre numéro de sécurité sociale");

        HasValueUtilsKt._setValue(
                _get(DatePicker.class, f -> f.withLabel("Date de naissance")), LocalDate.of(2004, 4, 2));
        HasValueUtilsKt._setValue(_get(TextField.class, f -> f.withLabel("Profession")), "Étudiante");
        HasValueUtilsKt._setValue(
                _get(BigDecimalField.class, f -> f.withLabel("Frais d’obsèques que vous avez payés")),
                new BigDecimal("3900"));
        _click(_get(Button.class, b -> b.withText("Enregistrer mes réponses")));

        NotificationsKt.expectNotifications("Enregistré");
        ClaimantAnswers.Sheet saved = mine();
        assertThat(saved.answers().bornOn()).isEqualTo(LocalDate.of(2004, 4, 2));
        assertThat(saved.answers().occupation()).isEqualTo("Étudiante");
        assertThat(saved.answers().funeralExpenses()).isEqualByComparingTo("3900.00");
        assertThat(_get(TextField.class, f -> f.withLabel("Profession")).getValue())
                .isEqualTo("Étudiante");
    }

    @Test
    void aFutureBirthDateIsRefusedAndNothingIsSaved() {
        openAs(heir, page);
        HasValueUtilsKt._setValue(
                _get(DatePicker.class, f -> f.withLabel("Date de naissance")), LocalDate.of(2026, 12, 21));
        HasValueUtilsKt._setValue(_get(TextField.class, f -> f.withLabel("Profession")), "Étudiante");
        _click(_get(Button.class, b -> b.withText("Enregistrer mes réponses")));

        assertThat(page()).contains("La date de naissance ne peut pas être dans le futur.");
        assertThat(_get(DatePicker.class, f -> f.withLabel("Date de naissance")).isInvalid())
                .isTrue();
        assertThat(mine().version()).isEqualTo(ClaimantAnswers.NEW);
        assertThat(mine().answers().occupation()).isNull();
    }

    @Test
    void theHeirReadsTheFormAndTheGuidanceInEnglish() {
        startUi(Locale.ENGLISH);
        login(heir, ClaimFixtures.PASSWORD);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(page);
        assertThat(page()).contains("What to gather", "The claim already knows who you are: Léa Martin, Child.");
        assertThat(_get(
                                TextField.class,
                                f -> f.withLabel("Your social-security office (for example: CPAM de la Gironde)"))
                        .getHelperText())
                .contains("Do not give your social-security number");
        assertThat(_find(Button.class, b -> b.withText("Save my answers"))).hasSize(1);

        UI.getCurrent().navigate("dossier/" + cast.reference() + "/famille");
        assertThat(page())
                .contains("What lies ahead, step by step")
                .containsPattern("by \\p{L}+ \\d+, 2027 at the latest \\(French insurance code, article L211-9")
                .contains("within 15 days of signing it", "(article L211-16)")
                .contains("juge des tutelles", "(article L211-15)")
                .contains("within 3 years of the accident, so before October 5, 2029")
                .contains("within one year of the agreement reached with them or of the final judgment")
                .contains("article R421-12");
    }

    @Test
    void theHeirReadsTheGuidanceInFrenchAndFindsTheMessagesOnTheDashboard() {
        openAs(heir, "dossier/" + cast.reference() + "/famille");
        assertThat(page())
                .contains("Ce qui vous attend, pas à pas")
                .containsPattern("au plus tard le \\d+ \\p{L}+ 2027 \\(article L211-9, alinéa 2")
                .contains("Chaque proche qui demande réparation reçoit sa propre offre")
                .contains("dans les 15 jours qui suivent sa signature", "(article L211-16)")
                .contains("juge des tutelles", "(article L211-15)")
                .contains("dans les 3 ans qui suivent l’accident, donc avant le 5 octobre 2029")
                .contains("(article R421-12 du code des assurances)")
                .contains("Remplir mes réponses à l’assureur");

        UI.getCurrent().navigate("dossier/" + cast.reference());
        assertThat(_find(Section.class, s -> s.withClasses("messages-summary"))).hasSize(1);
        assertThat(page()).contains("Mes réponses à l’assureur");
    }

    @Test
    void theAgentReadsEachClaimantsAnswersReadOnly() {
        fixtures.as(
                heir,
                () -> answers.save(
                        cast.reference(),
                        ClaimantAnswers.NEW,
                        ClaimantAnswersTest.filled(LocalDate.of(2004, 4, 2), new BigDecimal("3900"))));
        startUi(Locale.FRENCH);
        login(cast.agent(), ClaimFixtures.PASSWORD);
        reasonGiven(cast.reference());
        UI.getCurrent().navigate(page);
        assertThat(page())
                .contains("Les réponses de chaque proche", "Léa Martin · Enfant")
                .contains("Infirmière", "CHU de Bordeaux", "3 900,00 €", "CPAM de la Gironde");
        assertThat(_find(Button.class, b -> b.withText("Enregistrer mes réponses")))
                .isEmpty();
        assertThat(_find(TextField.class)).isEmpty();
    }

    @Test
    void aRelativeOfALivingVictimNeitherSeesTheGuidanceNorTheMessages() {
        var living = medical.claimWithParticipants();
        String sibling = family.join(SMTP, living.reference(), living.victim(), "Paul Martin", KinLink.SIBLING);
        openAs(sibling, "dossier/" + living.reference() + "/famille");
        assertThat(page()).doesNotContain("Ce qui vous attend, pas à pas");
        UI.getCurrent().navigate("dossier/" + living.reference());
        assertThat(_find(Section.class, s -> s.withClasses("messages-summary"))).isEmpty();
    }
}
