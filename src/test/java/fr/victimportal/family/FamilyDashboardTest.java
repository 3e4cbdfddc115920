package fr.victimportal.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.shared.ui.NotFoundView;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The claim's dashboard speaks to the family once the death is recorded (issue 24): whom the claim concerns, the offer
 * to the heirs and its extended deadline (the R211-30 arithmetic is DeathExtensionTableTest's; here the date the panel
 * gives is the one the deadlines list shows), what to gather, and not the death certificate the claim already holds.
 * French and English.
 */
class FamilyDashboardTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private FamilyTestSupport family;

    private MedicalFixtures.Cast cast;
    private String heir;

    @BeforeEach
    void aDeathRecorded() {
        today(2026, 12, 20, 10);
        cast = medical.claimWithParticipants();
        heir = family.join(SMTP, cast.reference(), cast.agent(), "Léa Martin", KinLink.CHILD);
        family.recordDeath(cast.agent(), cast.reference(), LocalDate.of(2026, 12, 10));
    }

    @Test
    void theHeirReadsWhatHappensNowInFrench() {
        openAs(heir, "dossier/" + cast.reference());

        String page = page();
        assertThat(page)
                .contains("Ce qui se passe maintenant")
                .contains("Ce dossier concerne Inès Martin, décédé(e) le 10 décembre 2026.")
                .contains("aux héritiers et, s’il y a lieu, au conjoint (article L211-9")
                .containsPattern(
                        "\\(article R211-30\\) : l’assureur doit la faire au plus tard le \\d+ \\p{L}+ 2027\\.")
                .contains("l’acte de notoriété")
                .contains("Fonds de garantie des assurances obligatoires (FGAO)")
                .contains("Inutile de les fournir à nouveau", "l’acte de décès.");
        var due = java.util.regex.Pattern.compile("au plus tard le (\\d+ \\p{L}+ 2027)")
                .matcher(page);
        assertThat(due.find()).isTrue();
        assertThat(page.split(java.util.regex.Pattern.quote(due.group(1)), -1))
                .as("the same date in the deadlines list")
                .hasSizeGreaterThan(2);
        assertThat(page).doesNotContain("Joignez l’acte de décès");
        assertThat(page).doesNotContain("condoléances");
    }

    @Test
    void theHeirReadsWhatHappensNowInEnglish() {
        startUi(Locale.ENGLISH);
        login(heir, ClaimFixtures.PASSWORD);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("dossier/" + cast.reference());

        assertThat(page())
                .contains("What happens now")
                .contains("This claim concerns Inès Martin, who died on December 10, 2026.")
                .contains("to the heirs and, where relevant, to the spouse (French insurance code, article L211-9)")
                .containsPattern("the insurer must make it by \\p{L}+ \\d+, 2027 at the latest")
                .contains("the death certificate.");
    }

    @Test
    void beforeADeathTheDashboardSaysNothingOfItAndARelativeSeesItReadOnly() {
        var living = medical.claimWithParticipants();
        String relative = family.join(SMTP, living.reference(), living.victim(), "Hugo Martin", KinLink.SIBLING);

        openAs(relative, "dossier/" + living.reference());

        assertThat(page())
                .doesNotContain("Ce qui se passe maintenant")
                .contains("Vous suivez ce dossier en tant que proche");
        // their own offer only; never the victim's declaration, questionnaire or its corrections (income, injuries)
        assertThat(page())
                .doesNotContain("Messages")
                .doesNotContain("Voir ou saisir l’offre de l’assureur")
                .contains("Votre offre d’indemnisation : où elle en est et vos droits")
                .doesNotContain("Historique des corrections");
        UI.getCurrent().navigate("dossier/" + living.reference() + "/questionnaire");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
