package fr.victimportal.mandate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.AccountService;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.medical.DocumentClass;
import fr.victimportal.medical.DocumentNotFoundException;
import fr.victimportal.medical.DocumentType;
import fr.victimportal.medical.MedicalDocuments;
import fr.victimportal.medical.NewDocument;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import fr.victimportal.offer.OfferFixtures;
import fr.victimportal.offer.OfferService;
import fr.victimportal.shared.UserInputException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A victim signs a mandate on the real page, the caseworker accepts through the mailed link, sees only what the scope
 * opens, is refused what no mandate allows, and loses access and sessions the moment the victim revokes it.
 */
class MandateTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private OfferFixtures offers;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private ClaimService claimService;

    @Autowired
    private ClaimParticipants participants;

    @Autowired
    private OfferService offerService;

    @Autowired
    private Examinations examinations;

    @Autowired
    private MedicalDocuments documents;

    @Autowired
    private AccountService accounts;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private MandateRows mandateRows;

    private static String token(String email) {
        return ReceivedMail.last(SMTP, email).linkToken("/mandat/");
    }

    @Test
    void theVictimSignsTheCaseworkerAcceptsSeesOnlyTheScopeAndLosesEverythingOnRevocation() {
        var v = offers.victim("Nadia Benali");
        String helperEmail = "aide-" + System.nanoTime() + "@asso.example.org";
        openAs(v.email(), "dossier/" + v.reference() + "/mandats");
        assertThat(page())
                .contains(
                        "Ce qu’aucun mandat ne permet",
                        "accepter, signer ou refuser une offre",
                        "recevoir l’argent de votre indemnisation",
                        "Vous n’avez signé aucun mandat.");

        // every field checked: a wrong signature is refused with the expected name and nothing is written
        HasValueUtilsKt._setValue(
                _get(TextField.class, f -> f.withLabel("Nom de la personne qui vous accompagne")), "Sophie Aide");
        HasValueUtilsKt._setValue(_get(EmailField.class), helperEmail);
        HasValueUtilsKt._setValue(_get(TextField.class, f -> f.withLabel("Nom de l’association")), "Route Solidaire");
        HasValueUtilsKt._setValue(
                _get(TextField.class, f -> f.withLabel("Numéro RNA ou SIREN de l’association")), "W751234567");
        @SuppressWarnings("unchecked")
        Select<Standing> standing = _get(Select.class, f -> f.withLabel("Qualité sur laquelle l’association s’appuie"));
        HasValueUtilsKt._setValue(standing, Standing.APPROVED_VICTIM_SUPPORT);
        @SuppressWarnings("unchecked")
        CheckboxGroup<HelperScope> scope = _get(CheckboxGroup.class);
        HasValueUtilsKt._setValue(scope, EnumSet.of(HelperScope.CORRESPONDENCE, HelperScope.ACCOMPANY));
        HasValueUtilsKt._setValue(
                _get(TextField.class, f -> f.withLabel("Signature : tapez votre nom et prénom")), "Quelqu’un d’autre");
        HasValueUtilsKt._setValue(
                _get(Checkbox.class, c -> c.withLabel("Je donne ce mandat et j’ai lu ce qu’aucun mandat ne permet.")),
                true);
        _click(_get(Button.class, b -> b.withText("Signer le mandat")));
        assertThat(_get(TextField.class, f -> f.withLabel("Signature : tapez votre nom et prénom"))
                        .getErrorMessage())
                .contains("tapez votre nom exactement comme sur votre compte : Nadia Benali");
        assertThat(mandateRows.countOf(v.reference())).isZero();

        HasValueUtilsKt._setValue(
                _get(TextField.class, f -> f.withLabel("Signature : tapez votre nom et prénom")), "nadia  BENALI");
        _click(_get(Button.class, b -> b.withText("Signer le mandat")));
        assertThat(page())
                .contains(
                        "Sophie Aide · Route Solidaire",
                        "Signé, en attente d’acceptation",
                        "recevoir une copie des courriers",
                        "m’accompagner aux rendez-vous");
        MailTesting.deliverAll(delivery);
        String token = token(helperEmail);
        assertThat(ReceivedMail.to(SMTP, helperEmail).get(0).subject())
                .isEqualTo("Nadia Benali vous donne mandat sur victim-portal");

        // the caseworker creates their account on the link and accepts
        logout();
        UI.getCurrent().navigate("delais");
        UI.getCurrent().navigate("mandat/" + token);
        assertThat(page())
                .contains(
                        "Nadia Benali vous donne mandat, au nom de Route Solidaire",
                        "recevoir une copie des courriers",
                        "jamais d’accepter ou de refuser une offre");
        HasValueUtilsKt._setValue(_get(PasswordField.class), "Une-autre-phrase-tres-longue");
        _click(_get(Button.class, b -> b.withText("Accepter le mandat")));
        assertThat(page()).contains("vous accompagnez désormais cette personne");
        UI.getCurrent().navigate("mandat/" + token);
        assertThat(page()).as("single use").contains("a expiré ou a déjà servi");

        // the caseworker's members and the links the scope opens, no more
        login(helperEmail, "Une-autre-phrase-tres-longue");
        UI.getCurrent().navigate("adherents");
        assertThat(page())
                .contains("Nadia Benali · dossier " + v.reference(), "Offre", "Examen médical")
                .doesNotContain("Documents", "Médecin-conseil");
        ClaimParticipants.HelperClaim mine = participants.myMandatedClaims().get(0);
        assertThat(mine.scope()).containsExactlyInAnyOrder(HelperScope.CORRESPONDENCE, HelperScope.ACCOMPANY);
        assertThat(claimService.open(v.reference()).viewer()).isEqualTo(Relation.HELPER);
        assertThat(examinations.claim(v.reference()).reference()).isEqualTo(v.reference());
        offerService.latest(v.reference()); // the offer page opens (correspondence)
        assertThatThrownBy(() -> documents.list(v.reference()))
                .as("documents are not in the scope")
                .isInstanceOf(ClaimNotFoundException.class);

        // what no mandate allows, whatever is signed: accept/refuse/withdraw are the owner's only
        logout();
        UI.getCurrent().navigate("delais");
        long offerId = offers.record(
                v, OfferFixtures.complete(LocalDate.now(clock).minusDays(1), OfferFixtures.typicalHeads()));
        login(helperEmail, "Une-autre-phrase-tres-longue");
        long version = offerService.latest(v.reference()).orElseThrow().version();
        assertThatThrownBy(() -> offerService.accept(v.reference(), offerId, version))
                .isInstanceOf(UserInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "offer.error.ownerOnly");
        assertThatThrownBy(() -> offerService.refuse(v.reference(), offerId, version))
                .isInstanceOf(UserInputException.class);
        logout();
        UI.getCurrent().navigate("delais");

        // an unshared medical document stays closed to the caseworker (Cass. 7 May 2025; avis 3 July 2025)
        DocumentType care = Arrays.stream(DocumentType.values())
                .filter(t -> t.usualClass() == DocumentClass.MEDICAL_CARE)
                .findFirst()
                .orElseThrow();
        long medicalDoc = claims.as(
                        v.email(),
                        () -> documents.upload(
                                v.reference(),
                                List.of(new NewDocument(
                                        "bilan.pdf",
                                        TestFiles.pdf(),
                                        DocumentClass.MEDICAL_CARE,
                                        care,
                                        LocalDate.now(clock).minusDays(3),
                                        "Bilan"))))
                .get(0)
                .documentId();
        login(helperEmail, "Une-autre-phrase-tres-longue");
        assertThatThrownBy(() -> documents.read(medicalDoc, false, info -> OutputStream.nullOutputStream()))
                .isInstanceOf(DocumentNotFoundException.class);
        logout();
        UI.getCurrent().navigate("delais");

        // revocation: immediate, the caseworker's sessions end, the victim's history shows each step
        int epochBefore = accounts.sessionEpoch(accounts.idOf(helperEmail).orElseThrow());
        openAs(v.email(), "dossier/" + v.reference() + "/mandats");
        assertThat(page()).contains("En cours");
        _click(_get(Button.class, b -> b.withText("Révoquer ce mandat")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NotificationsKt.expectNotifications("Mandat révoqué : Sophie Aide n’a plus accès à votre dossier.");
        assertThat(page()).contains("Révoqué").doesNotContain("Révoquer ce mandat");
        assertThat(accounts.sessionEpoch(accounts.idOf(helperEmail).orElseThrow()))
                .isEqualTo(epochBefore + 1);
        UI.getCurrent().navigate("dossier/" + v.reference() + "/documents/journal");
        assertThat(page()).contains("mandat signé", "mandat accepté par l’association", "mandat révoqué");
        logout();
        UI.getCurrent().navigate("delais");
        login(helperEmail, "Une-autre-phrase-tres-longue");
        assertThatThrownBy(() -> claimService.open(v.reference())).isInstanceOf(ClaimNotFoundException.class);
        assertThat(participants.myMandatedClaims()).isEmpty();
        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.to(SMTP, helperEmail))
                .extracting(ReceivedMail::subject)
                .contains("Nadia Benali a révoqué son mandat");
    }
}
