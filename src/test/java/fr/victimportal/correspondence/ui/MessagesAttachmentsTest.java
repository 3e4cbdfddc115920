package fr.victimportal.correspondence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimParticipants.Participant;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.correspondence.ClaimThreads;
import fr.victimportal.correspondence.DocumentRequests;
import fr.victimportal.correspondence.RequestItem;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentSummary;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.MedicalFixtures.Cast;
import fr.victimportal.medical.TestFiles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Files on the messages screen: a supporting document attached, a medical one linked under consent, an answer given. */
class MessagesAttachmentsTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private DocumentRequests requests;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ClaimThreads threads;

    @Autowired
    private ClaimService claimService;

    @Autowired
    private ClaimParticipantRepository participantRows;

    @Autowired
    private ClaimRepository claimRows;

    private Cast cast;

    @BeforeEach
    void aClaimWithItsPeople() {
        cast = medical.claimWithParticipants();
    }

    private void open(String login) {
        startUi(java.util.Locale.FRENCH);
        login(login, ClaimFixtures.PASSWORD);
        reasonGiven(cast.reference());
        UI.getCurrent().navigate("dossier/" + cast.reference() + "/messages");
    }

    private List<String> threadLines() {
        return _find(Div.class, s -> s.withClasses("thread-line")).stream()
                .map(KaribuTest::text)
                .toList();
    }

    @Test
    void theVictimAttachesAnInvoiceAndLinksAMedicalReportForTheirCaseworkerOnly() {
        medical.upload(cast, TestFiles.pdf(), DocumentClass.MEDICAL_CARE, "Compte rendu des urgences");
        open(cast.victim());
        HasValueUtilsKt._setValue(_get(TextArea.class, s -> s.withId("compose-body")), "Voici la facture.");
        _click(_get(Button.class, s -> s.withId("compose-attach")));
        _get(ComposeForm.class).received("facture-kine.pdf", TestFiles.pdf());
        Select<DocumentType> type = _get(Select.class, s -> s.withLabel("Type de document"));
        HasValueUtilsKt._setValue(type, DocumentType.INVOICE);

        MultiSelectComboBox<DocumentSummary> linked = _get(MultiSelectComboBox.class, s -> s.withId("compose-linked"));
        assertThat(_find(CheckboxGroup.class, s -> s.withId("compose-recipients")))
                .isEmpty();
        HasValueUtilsKt._setValue(
                linked, Set.copyOf(linked.getGenericDataView().getItems().toList()));
        CheckboxGroup<Participant> who = _get(CheckboxGroup.class, s -> s.withId("compose-recipients"));
        assertThat(who.getHelperText())
                .isEqualTo("Vous autorisez ces personnes à lire ce document médical. Jamais un agent de l’assureur.");
        List<Participant> offered = who.getGenericDataView().getItems().toList();
        assertThat(offered).extracting(Participant::displayName).containsExactly("Luc Bernard");
        // nobody chosen to read the medical document: refused, everything typed and attached is still there
        _click(_get(Button.class, s -> s.withId("compose-send")));
        assertThat(linked.isInvalid()).isTrue();
        assertThat(linked.getErrorMessage()).startsWith("Un document médical ne va jamais à un agent de l’assureur.");
        assertThat(_get(TextArea.class, s -> s.withId("compose-body")).getValue())
                .isEqualTo("Voici la facture.");
        assertThat(_find(SupportingFile.class)).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from claim_message m join claim c on c.id = m.claim_id where c.reference = ?",
                        Long.class,
                        cast.reference()))
                .isZero();

        HasValueUtilsKt._setValue(who, Set.copyOf(offered));
        _click(_get(Button.class, s -> s.withId("compose-send")));
        assertThat(threadLines())
                .singleElement()
                .asString()
                .contains(
                        "Voici la facture.",
                        "Télécharger « facture-kine »",
                        "Télécharger « Compte rendu des urgences »");

        open(cast.agent());
        assertThat(threadLines())
                .singleElement()
                .asString()
                .contains("Télécharger « facture-kine »", "Document médical partagé avec Luc Bernard")
                .doesNotContain("Compte rendu des urgences");
        assertThat(_find(Anchor.class, s -> s.withClasses("thread-attachment")))
                .extracting(Anchor::getText)
                .containsExactly("Télécharger « facture-kine »");
        assertThat(jdbc.queryForObject(
                        "select doc_class from medical_document where title = 'facture-kine'", String.class))
                .isEqualTo("FINANCIAL");
    }

    @Test
    void theVictimAnswersWithADocumentAlreadyInTheClaimOfTheMatchingKind() {
        long payslipDoc = medical.upload(cast, TestFiles.pdf(), DocumentClass.FINANCIAL, "Bulletin de septembre");
        medical.upload(cast, TestFiles.png(), DocumentClass.MEDICAL_CARE, "Radiographie");
        long request = fixtures.as(
                cast.agent(),
                () -> requests.create(
                        cast.reference(), RequestItem.PAYSLIPS, null, "Perte de revenus.", LocalDate.of(2026, 12, 7)));
        open(cast.victim());
        Div card = _get(Div.class, s -> s.withId("request-" + request));
        _click(_get(card, Button.class, s -> s.withText("Choisir un document déjà dans le dossier")));
        Select<DocumentSummary> choice = _get(Select.class, s -> s.withLabel("Document du dossier"));
        List<DocumentSummary> offered = choice.getGenericDataView().getItems().toList();
        assertThat(offered).extracting(DocumentSummary::title).containsExactly("Bulletin de septembre");
        HasValueUtilsKt._setValue(choice, offered.getFirst());
        _click(_get(Button.class, s -> s.withText("Transmettre ce document")));
        assertThat(jdbc.queryForObject("select document_id from document_request where id = ?", Long.class, request))
                .isEqualTo(payslipDoc);
        assertThat(text(_get(Div.class, s -> s.withId("request-" + request))))
                .contains("État : document transmis par Inès Martin", "Télécharger « Bulletin de septembre »");
        assertThat(threadLines().stream().collect(Collectors.joining("\n")))
                .contains("Document transmis en réponse à la demande : Bulletins de salaire.");
    }

    @Test
    void aCaseworkerWhoseMandateCoversTheCorrespondenceButNotTheDocumentsReadsTheThreadWithItsAttachments() {
        long invoice = medical.upload(cast, TestFiles.pdf(), DocumentClass.FINANCIAL, "Facture du taxi");
        fixtures.as(
                cast.victim(), () -> threads.post(cast.reference(), "Voici", List.of(), List.of(invoice), List.of()));
        String mailOnly = fixtures.newUser(Role.HELPER, "Aide Courrier");
        participantRows.save(ClaimParticipant.helper(
                claimRows.findByReference(cast.reference()).orElseThrow().getId(),
                medical.id(mailOnly),
                "CORRESPONDENCE",
                Instant.parse("2026-01-01T00:00:00Z"),
                null));
        open(mailOnly);
        assertThat(threadLines())
                .singleElement()
                .asString()
                .contains(
                        "Voici",
                        "« Facture du taxi » : document joint que vous ne pouvez pas ouvrir (la victime ne l’a pas partagé avec vous)");
        assertThat(_find(Anchor.class, s -> s.withClasses("thread-attachment"))).isEmpty();
        assertThat(_find(MultiSelectComboBox.class)).isEmpty();
        HasValueUtilsKt._setValue(_get(TextArea.class, s -> s.withId("compose-body")), "Bien reçu.");
        _click(_get(Button.class, s -> s.withId("compose-send")));
        assertThat(threadLines()).hasSize(2);
    }

    @Test
    void beforeTheDeclarationIsSentTheScreenSaysWhenTheThreadOpensAndOffersNoForm() {
        String victim = fixtures.newUser(Role.VICTIM, "Nora Petit");
        String draft = fixtures.as(victim, () -> claimService.startOrResumeDeclaration());
        startUi(java.util.Locale.FRENCH);
        openAs(victim, "dossier/" + draft + "/messages");
        assertThat(page()).contains("La messagerie s’ouvrira quand votre déclaration sera envoyée à un assureur");
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Button.class)).extracting(Button::getText).doesNotContain("Envoyer le message");
    }
}
