package fr.victimportal.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fr.victimportal.family.ui.HeirScreens.alert;
import static fr.victimportal.family.ui.HeirScreens.choose;
import static fr.victimportal.family.ui.HeirScreens.chooseByLabel;
import static fr.victimportal.family.ui.HeirScreens.click;
import static fr.victimportal.family.ui.HeirScreens.date;
import static fr.victimportal.family.ui.HeirScreens.set;
import static fr.victimportal.family.ui.HeirScreens.stepHeading;
import static fr.victimportal.family.ui.HeirScreens.upload;
import static fr.victimportal.family.ui.HeirScreens.viewWithLabels;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.InsurerPicker;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.claim.ui.DashboardView;
import fr.victimportal.claim.ui.DeclarationView;
import fr.victimportal.medical.TestFiles;
import fr.victimportal.notification.MailDelivery;
import fr.victimportal.notification.MailTesting;
import fr.victimportal.notification.ReceivedMail;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 24, last case, through the screens: a relative or heir of a victim who died without an account opens the
 * claim. The first question offers them their own choice; the next page asks the death and its certificate (refusals
 * shown, nothing saved); every later step speaks of the deceased, without the living victim's questions (R211-37
 * questionnaire, consolidation, the judge's authorisation); once sent, the dashboard speaks to the family and links the
 * heir to their answers and their own offer, and the family page lets them invite the other heirs. French and English.
 * Accident 5 Oct 2026, death 12 Oct 2026, today 20 Nov 2026.
 */
class HeirOpensTheClaimTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private MailDelivery delivery;

    private String heir;

    @BeforeEach
    void anHeirSignsIn() {
        today(2026, 11, 20, 10);
        fixtures.insurer();
        heir = fixtures.newUser(Role.VICTIM, "Léa Martin");
    }

    private Map<String, Object> claimRow() {
        return jdbc.queryForMap("select c.* from claim c join app_user u on u.id = c.owner_id where u.email = ?", heir);
    }

    private String reference() {
        return (String) claimRow().get("REFERENCE");
    }

    private int openings() {
        return jdbc.queryForObject(
                "select count(*) from heir_opening h join claim c on c.id = h.claim_id "
                        + "join app_user u on u.id = c.owner_id where u.email = ?",
                Integer.class,
                heir);
    }

    /** The death page filled in for Marc Martin, caused by the accident, with a certificate, then sent. */
    private static void declareTheDeathOfMarc(KinLink link, LocalDate diedOn) {
        set("Nom et prénom de la victime décédée", "Marc Martin");
        choose("Votre lien avec la victime", link);
        date("Date du décès", diedOn);
        choose("Le décès est-il dû à l’accident ?", YesNoUnknown.YES);
        upload("acte-de-deces.pdf", TestFiles.pdf());
        click("Enregistrer et continuer");
    }

    /** Never the living victim's words, nor a representative's, nor a key without its text. */
    private static void assertSpokenOfTheDeceased() {
        assertThat(viewWithLabels())
                .doesNotContain(
                        "Votre date de naissance",
                        "vous étiez",
                        "J’avais déjà",
                        "J’habite",
                        "La victime habite",
                        "est mineure aujourd’hui",
                        "Votre situation",
                        "Déclarer mon accident",
                        "C’est mon véhicule",
                        "Qui doit vous indemniser",
                        "questionnaire de l’assureur vous a été présenté",
                        "Date de consolidation",
                        "juge des tutelles",
                        "!{");
    }

    @Test
    void anHeirOpensTheClaimSendsItAndThenReadsTheFamilysDashboardInFrench() {
        openAs(heir, "declaration");
        chooseByLabel("Je suis", "un proche ou un héritier d’une victime décédée");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("La page suivante vous demande le nom de la victime")
                        && t.contains("L211-9 al. 2"));
        click("Enregistrer et continuer");

        // the death and its certificate, first
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HeirOpeningView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Déclarer l’accident d’une victime décédée");
        assertThat(page()).contains("(C. assur. art. R211-30)", "(C. assur. art. L211-9 al. 2)");
        declareTheDeathOfMarc(KinLink.SPOUSE, LocalDate.of(2026, 11, 21));
        assertThat(alert()).isEqualTo("La date du décès ne peut pas être dans le futur.");
        assertThat(_get(DatePicker.class, s -> s.withLabel("Date du décès")).isInvalid())
                .isTrue();
        assertThat(openings()).isZero();
        assertThat(claimRow()).containsEntry("REPRESENTATIVE_ROLE", null);

        // the page opened again (the certificate received before is not kept by the page)
        UI.getCurrent().navigate("dossier/" + reference() + "/deces");
        set("Nom et prénom de la victime décédée", "Marc Martin");
        choose("Votre lien avec la victime", KinLink.SPOUSE);
        date("Date du décès", LocalDate.of(2026, 10, 12));
        choose("Le décès est-il dû à l’accident ?", YesNoUnknown.YES);
        click("Enregistrer et continuer");
        assertThat(alert()).isEqualTo("Joignez l’acte de décès.");
        upload("acte-de-deces.pdf", TestFiles.zip());
        click("Enregistrer et continuer");
        assertThat(alert()).isNotBlank().doesNotContain("!{").isNotEqualTo("Joignez l’acte de décès.");
        assertThat(openings()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from medical_document where claim_id = ?",
                        Integer.class,
                        claimRow().get("ID")))
                .isZero();

        upload("acte-de-deces.pdf", TestFiles.pdf());
        assertThat(page()).contains("Fichier reçu : acte-de-deces.pdf");
        click("Enregistrer et continuer");

        // step 1, about the deceased
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DeclarationView.class);
        assertThat(openings()).isEqualTo(1);
        assertThat(_get(H1.class).getText()).isEqualTo("Déclarer l’accident d’une victime décédée");
        assertThat(stepHeading()).isEqualTo("L’accident");
        assertThat(_get(Paragraph.class, p -> p.withClasses("declarant-line"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Déclaration remplie par un proche ou un héritier d’une victime décédée : Marc Martin.");
        date("Date de l’accident", LocalDate.of(2026, 10, 5));
        set("Commune", "Pessac");
        set("Département", "33");
        choose("Pendant l’accident, la victime était", VictimRole.PEDESTRIAN);
        assertSpokenOfTheDeceased();
        click("Enregistrer et continuer");

        // step 2: the victim on the day of the accident, in the past
        assertThat(stepHeading()).isEqualTo("La victime au jour de l’accident");
        assertThat(viewWithLabels())
                .contains(
                        "Date de naissance de la victime",
                        "La victime avait déjà un titre d’invalidité",
                        "La victime résidait outre-mer ou à l’étranger");
        assertSpokenOfTheDeceased();
        date("Date de naissance de la victime", LocalDate.of(1950, 3, 2));
        click("Enregistrer et continuer");

        // step 3
        assertThat(viewWithLabels()).contains("y compris celui de la victime");
        assertSpokenOfTheDeceased();
        set("Immatriculation", "GH-456-JK");
        InsurerPicker.testInsurer();
        click("Enregistrer et continuer");

        // step 4: no R211-37 questionnaire to the victim, no consolidation, the death not asked again
        assertThat(stepHeading()).isEqualTo("Les dates");
        assertSpokenOfTheDeceased();
        assertThat(_find(DatePicker.class))
                .filteredOn(Component::isVisible)
                .extracting(DatePicker::getLabel)
                .doesNotContain("Date du décès de la victime");
        click("Enregistrer et continuer");

        // step 5: no legal representative, no judge's authorisation
        assertThat(stepHeading()).isEqualTo("Vérifier et envoyer");
        assertThat(_find(Section.class, s -> s.withClasses("representation-panel")))
                .isEmpty();
        assertSpokenOfTheDeceased();
        click("Envoyer ma déclaration");

        // the dashboard speaks to the family
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(claimRow()).containsEntry("STATUS", "SUBMITTED");
        assertThat(page())
                .contains("Ce dossier concerne Marc Martin, décédé(e) le 12 octobre 2026.")
                .contains("aux héritiers et, s’il y a lieu, au conjoint (article L211-9")
                .containsPattern(
                        "\\(article R211-30\\) : l’assureur doit la faire au plus tard le \\d+ \\p{L}+ 2027\\.")
                .contains("Votre offre d’indemnisation : où elle en est et vos droits")
                .contains("Mes réponses à l’assureur")
                .doesNotContain("Répondre au questionnaire de l’assureur")
                .doesNotContain("Qui représente la victime")
                .doesNotContain("juge des tutelles")
                .doesNotContain("Léa Martin");
        String ref = reference();
        assertThat(_find(Anchor.class))
                .extracting(Anchor::getHref)
                .contains("dossier/" + ref + "/offre", "dossier/" + ref + "/famille/mes-reponses")
                .doesNotContain("dossier/" + ref + "/questionnaire", "declaration/" + ref + "/4");

        // the family page: the heir who opened the claim invites the other heirs
        UI.getCurrent().navigate("dossier/" + ref + "/famille");
        assertThat(page())
                .contains("Ajouter un ayant droit", "Invitez les autres héritiers et proches de la victime")
                .contains("Léa Martin · Époux ou épouse");
        assertThat(_find(Button.class, b -> b.withText("Enregistrer le décès"))).isEmpty();
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withLabel("Nom et prénom")), "Hugo Martin");
        String hugo = "hugo-" + System.nanoTime() + "@example.org";
        HasValueUtilsKt._setValue(_get(EmailField.class, s -> s.withLabel("Adresse e-mail")), hugo);
        @SuppressWarnings("unchecked")
        Select<KinLink> link = _get(Select.class, s -> s.withLabel("Lien avec la victime"));
        HasValueUtilsKt._setValue(link, KinLink.CHILD);
        click("Envoyer l’invitation");
        assertThat(jdbc.queryForList(
                        "select name, heir, status from claimant where claim_id = ? order by id",
                        claimRow().get("ID")))
                .extracting(r -> r.get("NAME") + " " + r.get("HEIR") + " " + r.get("STATUS"))
                .containsExactly("Léa Martin true ACTIVE", "Hugo Martin true INVITED");
        MailTesting.deliverAll(delivery);
        assertThat(ReceivedMail.last(SMTP, hugo).text())
                .contains("Léa Martin vous ajoute comme ayant droit au dossier d’indemnisation de Marc Martin")
                .doesNotContain("L’assureur vous ajoute");
    }

    @Test
    void theHeirReadsTheirOwnPathInEnglish() {
        startUi(Locale.ENGLISH);
        login(heir, ClaimFixtures.PASSWORD);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("declaration");
        chooseByLabel("I am", "a relative or heir of a victim who died");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("The next page asks for the victim’s name"));
        click("Save and continue");

        assertThat(_get(H1.class).getText()).isEqualTo("Declare the accident of a victim who died");
        assertThat(page()).contains("(C. assur. art. R211-30)").doesNotContain("!{");
        set("Full name of the victim who died", "Marc Martin");
        choose("Your link to the victim", KinLink.CHILD);
        date("Date of death", LocalDate.of(2026, 10, 12));
        chooseByLabel("Was the death caused by the accident?", "Not known yet");
        click("Save and continue");
        assertThat(alert()).isEqualTo("Attach the death certificate.");
        upload("death-certificate.pdf", TestFiles.pdf());
        click("Save and continue");

        assertThat(stepHeading()).isEqualTo("The accident");
        assertThat(_get(H1.class).getText()).isEqualTo("Declare the accident of a victim who died");
        assertThat(_get(Paragraph.class, p -> p.withClasses("declarant-line"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Claim filled in by a relative or heir of a victim who died: Marc Martin.");
        assertThat(viewWithLabels()).doesNotContain("!{", "Declare my accident");
        assertThat(jdbc.queryForObject(
                        "select from_accident from heir_opening h join claim c on c.id = h.claim_id "
                                + "where c.reference = ?",
                        String.class,
                        reference()))
                .isEqualTo("UNKNOWN");
    }

    @Test
    void choosingAnotherFirstAnswerTakesTheDeclaredDeathAndItsCertificateOffTheDraftAndSaysSo() {
        openAs(heir, "declaration");
        chooseByLabel("Je suis", "un proche ou un héritier d’une victime décédée");
        click("Enregistrer et continuer");
        declareTheDeathOfMarc(KinLink.CHILD, LocalDate.of(2026, 10, 12));
        assertThat(stepHeading()).isEqualTo("L’accident");
        String documents = "select count(*) from medical_document where claim_id = ?";
        assertThat(jdbc.queryForObject(documents, Integer.class, claimRow().get("ID")))
                .isEqualTo(1);

        // the first answer was a mistake: it is their own accident
        UI.getCurrent().navigate("declaration/" + reference() + "/0");
        chooseByLabel("Je suis", "la victime de l’accident");
        click("Enregistrer et continuer");
        NotificationsKt.expectNotifications(
                "La déclaration du décès a été retirée de ce brouillon, avec l’acte de décès"
                        + " que vous aviez joint. Personne ne l’avait reçu.");
        assertThat(openings()).isZero();
        assertThat(jdbc.queryForObject(documents, Integer.class, claimRow().get("ID")))
                .isZero();
        assertThat(_get(H1.class).getText()).isNotEqualTo("Déclarer l’accident d’une victime décédée");
        assertThat(page()).doesNotContain("Marc Martin");
    }
}
