package fr.victimportal.family;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.HeirPurpose;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.TestFiles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documents page for an heir after a death (CSP L1110-4 V): the medical document's links work only once the
 * purpose is chosen, for this page only; the living victim's page offers the objection.
 */
class HeirDocumentsPageTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private FamilyTestSupport family;

    private static long downloads(String title) {
        return _find(Anchor.class).stream()
                .filter(a ->
                        ("Télécharger « " + title + " »").equals(a.getElement().getAttribute("aria-label")))
                .count();
    }

    @Test
    void theLinksWorkOnlyOnceThePurposeIsChosenAndTheVictimMayObject() {
        today(2026, 11, 20, 10);
        var cast = medical.claimWithParticipants();
        medical.upload(cast, TestFiles.pdf(), DocumentClass.MEDICAL_CARE, "Compte rendu des urgences");
        String heir = family.join(SMTP, cast.reference(), cast.agent(), "Léa Martin", KinLink.CHILD);

        openAs(cast.victim(), "dossier/" + cast.reference() + "/documents");
        assertThat(page()).contains("Après mon décès", "Vous n’avez pas exprimé d’opposition.");
        assertThat(
                        _find(
                                Button.class,
                                b -> b.withText(
                                        "Je m’oppose à ce que mes ayants droit accèdent à mes documents médicaux après mon décès")))
                .hasSize(1);
        logout();

        family.recordDeath(cast.agent(), cast.reference(), LocalDate.of(2026, 11, 10));

        openAs(heir, "dossier/" + cast.reference() + "/documents");
        assertThat(page()).contains("Consulter les documents médicaux", "Indiquez pourquoi vous les consultez");
        assertThat(downloads("Compte rendu des urgences")).isZero();

        @SuppressWarnings("unchecked")
        Select<HeirPurpose> purpose = _get(Select.class, s -> s.withLabel("Pourquoi consultez-vous ces documents ?"));
        HasValueUtilsKt._setValue(purpose, HeirPurpose.CAUSES_OF_DEATH);
        assertThat(downloads("Compte rendu des urgences")).isEqualTo(1);

        UI.getCurrent().navigate("dossier/" + cast.reference());
        UI.getCurrent().navigate("dossier/" + cast.reference() + "/documents");
        assertThat(downloads("Compte rendu des urgences"))
                .as("for the current page only")
                .isZero();
    }
}
