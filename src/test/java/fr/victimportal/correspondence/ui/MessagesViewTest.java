package fr.victimportal.correspondence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.victimportal.KaribuTest;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.correspondence.ClaimThreads;
import fr.victimportal.correspondence.DocumentRequests;
import fr.victimportal.correspondence.RequestItem;
import fr.victimportal.medical.MedicalFixtures;
import fr.victimportal.medical.MedicalFixtures.Cast;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.shared.ui.NotFoundView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The messages screen in French, as the victim, the caseworker, the agent and the people kept out see it. */
class MessagesViewTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private MedicalFixtures medical;

    @Autowired
    private ClaimThreads threads;

    @Autowired
    private DocumentRequests requests;

    @Autowired
    private JdbcTemplate jdbc;

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
        login(login, ClaimFixtures.PASSWORD);
        if (login.equals(cast.agent())) {
            reasonGiven(cast.reference());
        }
        UI.getCurrent().navigate("dossier/" + cast.reference() + "/messages");
    }

    private long ask(RequestItem item, String why) {
        return fixtures.as(
                cast.agent(), () -> requests.create(cast.reference(), item, null, why, LocalDate.of(2026, 12, 7)));
    }

    private String state(long request) {
        return jdbc.queryForObject("select state from document_request where id = ?", String.class, request);
    }

    private long count(String table) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " t join claim c on c.id = t.claim_id where c.reference = ?",
                Long.class,
                cast.reference());
    }

    private Div card(long request) {
        return _get(Div.class, s -> s.withId("request-" + request));
    }

    private List<String> threadLines() {
        return _find(Div.class, s -> s.withClasses("thread-line")).stream()
                .map(KaribuTest::text)
                .toList();
    }

    @Test
    void theVictimSeesARequestAndAnswersItWithAFile() {
        long payslip = ask(RequestItem.PAYSLIPS, "Pour calculer la perte de revenus.");
        open(cast.victim());
        assertThat(_get(H1.class).getText()).isEqualTo("Messages et demandes de documents — " + cast.reference());
        assertThat(UI.getCurrent().getInternals().getTitle())
                .startsWith("Messages et demandes de documents — " + cast.reference());
        assertThat(page()).contains("Jamais les médecins", "Vos documents médicaux ne vont jamais aux agents");
        assertThat(text(card(payslip)))
                .contains(
                        "Bulletins de salaire",
                        "Pourquoi : Pour calculer la perte de revenus.",
                        "À fournir avant le 7 décembre 2026 · demandé par Sophie Agent le 23 novembre 2026 à 10:00",
                        "État : ouverte, en attente de réponse.");
        assertThat(threadLines())
                .singleElement()
                .asString()
                .contains("Nouveau", "Sophie Agent · Assureur · 23 novembre 2026 à 10:00")
                .contains("Demande de document : Bulletins de salaire, à fournir avant le 7 décembre 2026.");
        assertThat(fixtures.as(cast.victim(), () -> threads.unread(cast.reference())))
                .isZero();

        _click(_get(card(payslip), Button.class, s -> s.withText("Envoyer un fichier")));
        _get(AnswerPanel.class).received("paie-octobre.pdf", TestFiles.pdf());
        _click(_get(Button.class, s -> s.withText("Transmettre ce fichier")));

        assertThat(state(payslip)).isEqualTo("ANSWERED");
        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .isEqualTo("Réponse enregistrée.");
        assertThat(text(card(payslip)))
                .contains("État : document transmis par Inès Martin le 23 novembre 2026 à 10:00.");
        assertThat(_find(card(payslip), Anchor.class))
                .extracting(Anchor::getText)
                .containsExactly("Télécharger « paie-octobre »");
        assertThat(threadLines().getLast())
                .contains("Inès Martin · Victime", "Document transmis en réponse à la demande : Bulletins de salaire.");
    }

    @Test
    void aRefusalShowsTheExplanationAndIsRecorded() {
        long certificate = ask(RequestItem.INITIAL_MEDICAL_CERTIFICATE, "Pièce prévue à l’article R211-37.");
        open(cast.victim());
        assertThat(text(card(certificate)))
                .contains(
                        "transmis uniquement au médecin de l’assureur qui vous examine, jamais à ses agents",
                        "vous pouvez refuser de le transmettre",
                        "3 juillet 2025, n° 25-70.007",
                        "Ne pas répondre ne vous fait perdre aucun droit",
                        "R211-37",
                        "(article R211-31)",
                        "ne changent pas d’elles-mêmes");

        _click(_get(card(certificate), Button.class, s -> s.withText("Je ne transmets pas ce document")));
        TextArea reason = _get(TextArea.class, s -> s.withLabel("Pourquoi vous ne transmettez pas ce document"));
        HasValueUtilsKt._setValue(reason, "Ok");
        _click(_get(Button.class, s -> s.withText("Confirmer mon refus")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(state(certificate)).isEqualTo("OPEN");

        HasValueUtilsKt._setValue(reason, "Je le donnerai au médecin de l’assureur lors de l’examen.");
        _click(_get(Button.class, s -> s.withText("Confirmer mon refus")));
        assertThat(state(certificate)).isEqualTo("REFUSED");
        assertThat(text(card(certificate)))
                .contains(
                        "État : refusée par Inès Martin le 23 novembre 2026 à 10:00.",
                        "Raison donnée : Je le donnerai au médecin de l’assureur lors de l’examen.");
        assertThat(threadLines().getLast())
                .contains("Document non transmis (refus de la victime) : Certificat médical initial.");
    }

    @Test
    void theAgentAsksForDocumentsRefusesAPastDateAndSeesTheStates() {
        open(cast.agent());
        assertThat(page()).contains("Les documents médicaux ne vous sont jamais transmis");
        Select<RequestItem> item = _get(Select.class, s -> s.withId("request-item"));
        HasValueUtilsKt._setValue(item, RequestItem.PAYSLIPS);
        HasValueUtilsKt._setValue(
                _get(TextArea.class, s -> s.withLabel("Pourquoi ?")), "Pour calculer la perte de revenus.");
        DatePicker due = _get(DatePicker.class, s -> s.withId("request-due"));
        HasValueUtilsKt._setValue(due, LocalDate.of(2026, 11, 22));
        _click(_get(Button.class, s -> s.withText("Envoyer la demande")));
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("La date souhaitée ne peut pas être passée.");
        assertThat(count("document_request")).isZero();

        HasValueUtilsKt._setValue(due, LocalDate.of(2026, 12, 7));
        _click(_get(Button.class, s -> s.withText("Envoyer la demande")));
        assertThat(count("document_request")).isEqualTo(1);
        long payslip = jdbc.queryForObject("select max(id) from document_request", Long.class);
        long certificate = ask(RequestItem.INITIAL_MEDICAL_CERTIFICATE, "R211-37.");
        long tax = ask(RequestItem.TAX_NOTICE, "Revenus 2025.");
        fixtures.as(cast.victim(), () -> {
            requests.answerWithUpload(
                    payslip,
                    new NewDocument("paie.pdf", TestFiles.pdf(), null, null, LocalDate.of(2026, 10, 1), "Paie"));
            requests.refuse(certificate, "Je le donnerai au médecin de l’assureur.");
            return null;
        });

        open(cast.agent());
        assertThat(text(card(payslip))).contains("État : document transmis par Inès Martin");
        assertThat(_find(card(payslip), Anchor.class))
                .extracting(Anchor::getText)
                .containsExactly("Télécharger « Paie »");
        assertThat(text(card(certificate)))
                .contains("État : refusée par Inès Martin", "Raison donnée : Je le donnerai au médecin de l’assureur.");
        _click(_get(card(tax), Button.class, s -> s.withText("Retirer la demande")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(state(tax)).isEqualTo("WITHDRAWN");
        assertThat(text(card(tax))).contains("État : retirée par Sophie Agent le 23 novembre 2026 à 10:00.");
        assertThat(_find(Button.class, s -> s.withText("Retirer la demande"))).isEmpty();
    }

    @Test
    void theCaseworkerWithTheCorrespondenceScopeWrites() {
        open(cast.helper());
        assertThat(page()).contains("dans le cadre de votre mandat qui couvre la correspondance");
        HasValueUtilsKt._setValue(
                _get(TextArea.class, s -> s.withId("compose-body")), "Bonjour,\nla victime est hospitalisée.");
        _click(_get(Button.class, s -> s.withId("compose-send")));
        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .isEqualTo("Message envoyé");
        assertThat(threadLines())
                .singleElement()
                .asString()
                .contains("Luc Bernard · Association (mandat) · 23 novembre 2026 à 10:00")
                .contains("Bonjour,\nla victime est hospitalisée.")
                .doesNotContain("Nouveau");
        assertThat(_get(TextArea.class, s -> s.withId("compose-body")).getValue())
                .isEmpty();
        assertThat(count("claim_message")).isEqualTo(1);
    }

    @Test
    void doctorsTheExpertACaseworkerWithoutTheScopeAndAnotherInsurersAgentGetNotFound() {
        fixtures.insurer("OTHER-UI", "Assurances d’à côté");
        String otherAgent = fixtures.newUser(Role.AGENT, "Autre Agent");
        jdbc.update(
                "update app_user set insurer_id = (select id from insurer where identifier = 'OTHER-UI') where email = ?",
                otherAgent);
        String documentsOnly = fixtures.newUser(Role.HELPER, "Aide Documents");
        participantRows.save(ClaimParticipant.helper(
                claimRows.findByReference(cast.reference()).orElseThrow().getId(),
                medical.id(documentsOnly),
                "DOCUMENTS",
                Instant.parse("2026-01-01T00:00:00Z"),
                null));
        for (String login : List.of(cast.doctor(), cast.expert(), otherAgent, documentsOnly)) {
            login(login, ClaimFixtures.PASSWORD);
            reasonGiven(cast.reference());
            UI.getCurrent().navigate("dossier/" + cast.reference() + "/messages");
            assertThat(UI.getCurrent().getCurrentView()).as(login).isInstanceOf(NotFoundView.class);
        }
        open(cast.victim());
        UI.getCurrent().navigate("dossier/VP-0000-NOPE/messages");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void anEmptyOrTooLongMessageShowsTheErrorAndNothingIsKept() {
        open(cast.victim());
        TextArea body = _get(TextArea.class, s -> s.withId("compose-body"));
        assertThat(body.getHelperText().replaceAll("[\\u202f\\u00a0]", " ")).isEqualTo("10 000 caractères au plus.");
        HasValueUtilsKt._setValue(body, "   ");
        _click(_get(Button.class, s -> s.withId("compose-send")));
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("Écrivez un message ou joignez un document.");
        assertThat(_get(Button.class, s -> s.withId("compose-send")).isEnabled())
                .isTrue();

        String tooLong = "x".repeat(10_001);
        HasValueUtilsKt._setValue(body, tooLong);
        _click(_get(Button.class, s -> s.withId("compose-send")));
        assertThat(body.getErrorMessage()).startsWith("Votre message est trop long : 10000 caractères au plus.");
        assertThat(body.getValue()).isEqualTo(tooLong);
        assertThat(count("claim_message")).isZero();
    }

    @Test
    void olderMessagesLoadThirtyAtATime() {
        for (int i = 1; i <= 35; i++) {
            String text = "Message numéro " + i;
            fixtures.as(cast.victim(), () -> threads.post(cast.reference(), text, List.of(), List.of(), List.of()));
        }
        open(cast.agent());
        List<String> first = threadLines();
        assertThat(first).hasSize(30);
        assertThat(first.getFirst()).contains("Message numéro 6").contains("Nouveau");
        assertThat(first.getLast()).contains("Message numéro 35");
        assertThat(fixtures.as(cast.agent(), () -> threads.unread(cast.reference())))
                .isZero();

        _click(_get(Button.class, s -> s.withText("Afficher les messages précédents")));
        List<String> all = threadLines();
        assertThat(all).hasSize(35);
        assertThat(all.getFirst()).contains("Message numéro 1");
        assertThat(all.get(5)).contains("Message numéro 6");
        assertThat(_find(Button.class, s -> s.withText("Afficher les messages précédents")))
                .isEmpty();
    }

    @Test
    void answeringFromASecondTabAfterTheFirstAnsweredChangesNothing() {
        long payslip = ask(RequestItem.PAYSLIPS, "Pour calculer la perte de revenus.");
        open(cast.victim());
        _click(_get(card(payslip), Button.class, s -> s.withText("Envoyer un fichier")));
        fixtures.as(cast.victim(), () -> {
            requests.answerWithUpload(
                    payslip,
                    new NewDocument("paie.pdf", TestFiles.pdf(), null, null, LocalDate.of(2026, 10, 1), "Premier"));
            return null;
        });
        long documents = count("medical_document");

        _get(AnswerPanel.class).received("autre.pdf", TestFiles.pdf());
        _click(_get(Button.class, s -> s.withText("Transmettre ce fichier")));
        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .isEqualTo("Cette demande a déjà reçu une réponse ou a été retirée. La page est à jour.");
        assertThat(count("medical_document")).isEqualTo(documents);
        assertThat(jdbc.queryForObject(
                        "select document_title from document_request where id = ?", String.class, payslip))
                .isEqualTo("Premier");
        assertThat(text(card(payslip))).contains("État : document transmis");
        assertThat(_find(card(payslip), Button.class)).isEmpty();
    }
}
