package fr.victimportal.medical.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.shared.ui.NotFoundView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The documents page, the shared-with-me page and the access log, as each role sees them, in French. */
class DocumentsViewTest extends KaribuTest {

    @Autowired
    private MedicalFixtures medical;

    @Test
    void theVictimUploadsTwoFilesSeesWhichWasRefusedAndWhyAndSharesOneWithTheirDoctor() {
        var cast = medical.claimWithParticipants();
        openAs(cast.victim(), "dossier/" + cast.reference());
        UI.getCurrent()
                .navigate(_get(
                                Anchor.class,
                                a -> a.withText(
                                        "Mes documents (médicaux et autres) : ajouter, partager, voir qui les a consultés"))
                        .getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Documents du dossier " + cast.reference());

        Path pdf = TestFiles.pdf();
        Path exe = TestFiles.executable();
        UploadPanel panel = _get(UploadPanel.class);
        panel.addPending("certificat-initial.pdf", pdf);
        panel.addPending("photo.jpg", exe);
        for (PendingFile row : _find(PendingFile.class)) {
            HasValueUtilsKt._setValue(row.type, DocumentType.INITIAL_MEDICAL_CERTIFICATE);
            HasValueUtilsKt._setValue(row.date, LocalDate.of(2026, 10, 6));
        }
        assertThat(_find(PendingFile.class).get(0).documentClass.getValue()).isEqualTo(DocumentClass.MEDICAL_CARE);
        _click(_get(Button.class, b -> b.withText("Enregistrer les documents")));

        assertThat(_find(Paragraph.class, p -> p.withClasses("upload-stored")))
                .extracting(Paragraph::getText)
                .containsExactly("« certificat-initial.pdf » : enregistré.");
        assertThat(_find(Paragraph.class, p -> p.withClasses("upload-refused")))
                .extracting(Paragraph::getText)
                .containsExactly("« photo.jpg » : ce fichier n’est ni un PDF, ni une image JPEG ou PNG (vérifié"
                        + " d’après son contenu, pas d’après son nom).");
        assertThat(Files.exists(pdf)).as("temporary file deleted").isFalse();
        assertThat(_find(H3.class)).extracting(H3::getText).contains("certificat-initial");
        assertThat(_get(DocumentCard.class).getElement().getTextRecursively())
                .contains("Non partagé", "Médical (soins) · Certificat médical initial", "Daté du 6 octobre 2026");

        HasValueUtilsKt._setValue(
                _get(Checkbox.class, c -> c.withLabel("Partager avec Dr Paul Garnier (votre médecin)")), true);
        assertThat(text(_get(DocumentCard.class))).contains("Partagé");

        openAs(cast.doctor(), "documents-partages");
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("certificat-initial");
        // a PDF is only downloaded (it may carry scripts); images also have "Ouvrir" (DownloadsTest)
        assertThat(_find(Anchor.class))
                .extracting(Anchor::getText)
                .contains("Télécharger", "Dossier " + cast.reference() + " · Inès Martin")
                .doesNotContain("Ouvrir");
    }

    @Test
    void anAgentSeesThatAMedicalDocumentExistsButNeitherItsTitleNorALinkToOpenIt() {
        var cast = medical.claimWithParticipants();
        medical.upload(cast, TestFiles.pdf(), DocumentClass.MEDICAL_CARE, "IRM du genou gauche");
        login(cast.agent(), ClaimFixtures.PASSWORD);
        reasonGiven(cast.reference());
        UI.getCurrent().navigate("dossier/" + cast.reference() + "/documents");

        String card = text(_get(DocumentCard.class));
        assertThat(card)
                .contains("Document couvert par le secret médical", "Médical (soins)", "Non partagé")
                .doesNotContain("IRM");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).doesNotContain("Ouvrir", "Télécharger");
        assertThat(_find(UploadPanel.class)).isEmpty();
        assertThat(_find(Checkbox.class)).isEmpty();
    }

    @Test
    void theVictimRecordsARefusalWithItsReasonAndReadsTheirAccessLog() {
        var cast = medical.claimWithParticipants();
        medical.upload(cast, TestFiles.png(), DocumentClass.MEDICAL_CARE, "Radiographie");
        openAs(cast.victim(), "dossier/" + cast.reference() + "/documents");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("Un refus sans raison valable peut affaiblir votre demande"));

        HasValueUtilsKt._setValue(
                _get(TextField.class, t -> t.withLabel("Ce que l’assureur demande")), "Mon dossier médical complet");
        HasValueUtilsKt._setValue(_get(TextArea.class, t -> t.withLabel("Pourquoi vous refusez")), "Non.");
        _click(_get(Button.class, b -> b.withText("Enregistrer mon refus")));
        assertThat(_get(TextArea.class).isInvalid()).isTrue();
        HasValueUtilsKt._setValue(_get(TextArea.class), "Il contient des maladies sans rapport avec l’accident.");
        _click(_get(Button.class, b -> b.withText("Enregistrer mon refus")));
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .anyMatch(t -> t.startsWith(
                        "Mon dossier médical complet — refusé le 23 novembre 2026 : Il contient des maladies"));

        UI.getCurrent().navigate("dossier/" + cast.reference() + "/documents/journal");
        assertThat(_find(ListItem.class))
                .extracting(li -> li.getElement().getTextRecursively())
                .containsExactly(
                        "23 novembre 2026 10:00 · Inès Martin (vous) · refus de communiquer · autorisé",
                        "23 novembre 2026 10:00 · Inès Martin (vous) · ajout · autoriséDocument : Radiographie");
    }

    @Test
    void someoneElsesAccessLogAndDocumentsAreNotFound() {
        var cast = medical.claimWithParticipants();
        var other = medical.claimWithParticipants();
        openAs(other.victim(), "dossier/" + cast.reference() + "/documents/journal");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("dossier/" + cast.reference() + "/documents");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
