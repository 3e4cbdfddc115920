package fr.victimportal.medical.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import fr.victimportal.KaribuTest;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.TestFiles;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A claim with 200 documents: the page holds the first 20 cards and shows the next 20 on request, so a session
 * holds a few hundred state nodes, not thousands (issue 25: at most 0.5 MB a session).
 */
@TestPropertySource(properties = "portal.medical.max-files-per-claim=200")
class ManyDocumentsTest extends KaribuTest {
    private static final Logger log = LoggerFactory.getLogger(ManyDocumentsTest.class);

    @Autowired
    private MedicalFixtures medical;

    @Test
    void twoHundredDocumentsAreShownTwentyAtATime() {
        var cast = medical.claimWithParticipants();
        int stored = 0;
        try {
            while (stored < 200) {
                medical.upload(cast, TestFiles.pdf(), DocumentClass.MEDICAL_CARE, "Compte rendu " + (stored + 1));
                stored++;
            }
        } catch (AssertionError capReached) {
            // portal.medical.max-files-per-claim counts every file of the claim
        }
        final int total = stored;
        openAs(cast.victim(), "dossier/" + cast.reference() + "/documents");
        int[] nodes = {0};
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
        log.info(
                "documents page with {} documents: {} cards, {} state nodes",
                total,
                _find(DocumentCard.class).size(),
                nodes[0]);

        assertThat(_get(H2.class, h -> h.withText(total + " documents"))).isNotNull();
        assertThat(_find(DocumentCard.class)).hasSize(20);
        assertThat(nodes[0]).isLessThan(900);

        _click(_get(Button.class, b -> b.withText("Afficher 20 documents de plus (" + (total - 20) + " restants)")));
        assertThat(_find(DocumentCard.class)).hasSize(40);
        assertThat(text(_find(DocumentCard.class).get(20))).contains("Compte rendu");
    }
}
