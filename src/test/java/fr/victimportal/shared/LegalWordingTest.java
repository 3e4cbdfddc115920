package fr.victimportal.shared;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.I18NProvider;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.PortalUserDetailsService;
import fr.victimportal.account.Role;
import fr.victimportal.aggravation.AggravationNature;
import fr.victimportal.aggravation.domain.AggravationRecordRepository;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.internal.LiabilityExplainer;
import fr.victimportal.claim.model.DriverResponsibility;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.SituationDetails;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.expertise.NoticeInput;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the screens say about the law: each sentence a victim relies on
 * is asserted on the page where the victim reads it, in French as a lawyer would write it.
 */
class LegalWordingTest extends KaribuTest {

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private Examinations examinations;

    @Autowired
    private I18NProvider i18n;

    @Autowired
    private ClaimRepository claimRepository;

    @Autowired
    private ClaimParticipantRepository participants;

    @Autowired
    private PortalUserDetailsService users;

    @Autowired
    private AggravationRecordRepository records;

    /** The text of everything on screen, open dialogs included (they sit beside the view, not in it). */
    private static String screen() {
        return UI.getCurrent()
                .getChildren()
                .map(c -> StaticCards.textOf(c.getElement()))
                .collect(Collectors.joining(" "))
                .replaceAll("[\\u202f\\u00a0]", " ");
    }

    private String[] victimWithClaim(String name) {
        String victim = fixtures.newUser(Role.VICTIM, name);
        today(2026, 11, 23, 10);
        String ref = fixtures.submittedClaim(
                victim, LocalDate.of(2026, 10, 5), new ProcedureDates(LocalDate.of(2026, 10, 20), null, null, null));
        login(victim, ClaimFixtures.PASSWORD);
        return new String[] {victim, ref};
    }

    private String fr(String key) {
        return i18n.getTranslation(key, Locale.FRENCH);
    }

    @Test
    void theRefusalPanelStatesTheWholeOpinionOf3July2025() {
        String[] v = victimWithClaim("Agathe Roux");
        UI.getCurrent().navigate("dossier/" + v[1] + "/documents");
        assertThat(screen())
                .contains(
                        "Vous pouvez refuser de communiquer une pièce médicale",
                        "l’assureur peut produire en justice le rapport de l’expertise médicale amiable, même sans votre"
                                + " accord, lorsque cette production est indispensable à l’exercice de son droit à la preuve"
                                + " et que l’atteinte au secret médical est strictement proportionnée au but poursuivi",
                        "C’est au juge, et à lui seul, d’apprécier si votre refus répond à un intérêt légitime",
                        "l’article R211-37 du Code des assurances",
                        "le délai dont l’assureur dispose pour vous présenter son offre est suspendu",
                        "avis du 3 juillet 2025, n° 25-70.007");
        assertThat(screen()).doesNotContain("Personne ne peut vous y obliger");
    }

    @Test
    void aPedestrianReadsThatTheInsurerOfAnyInvolvedVehiclePaysAndWhatAloneCouldDepriveThem() {
        String[] v = victimWithClaim("Basile Perrin");
        UI.getCurrent().navigate("dossier/" + v[1]);
        assertThat(screen())
                .contains(
                        "l’assureur de tout véhicule impliqué dans l’accident doit réparer entièrement vos dommages corporels",
                        "une faute inexcusable de votre part qui aurait été la cause exclusive de l’accident",
                        "si vous aviez volontairement recherché le dommage que vous avez subi",
                        "Prévenir l’assureur du véhicule impliqué");
        assertThat(screen()).doesNotContain("assureur du responsable", "véhicule responsable");
    }

    @Test
    void aDriversOwnFaultLimitsOrExcludesOnlyAsTheJudgeAssessesAndAnEScooterRiderIsADriver() {
        // the explainer's sentences for a driver, as the claim's liability panel renders them
        for (DriverResponsibility r : DriverResponsibility.values()) {
            var first = LiabilityExplainer.explain(
                            ClaimFixtures.accident(LocalDate.of(2026, 10, 5), VictimRole.DRIVER),
                            new SituationDetails(
                                    LocalDate.of(1980, 1, 1), false, r, YesNoUnknown.NO, null, null, false))
                    .get(0);
            assertThat(fr(first.key()))
                    .as(r.name())
                    .contains("le juge apprécie")
                    .doesNotContain("l’autre véhicule", "seul(e) responsable");
        }
        assertThat(fr("claim.explain.guarantee.NO"))
                .contains("un autre véhicule impliqué")
                .doesNotContain("autre responsable");
        assertThat(fr("claim.role.DRIVER"))
                .contains("trottinette électrique", "engin de déplacement personnel motorisé");
        assertThat(fr("claim.role.OTHER_NON_DRIVER"))
                .doesNotContain("(trottinette,")
                .contains("sans conduire de véhicule à moteur");
    }

    @Test
    void theEightMonthOfferMayBeProvisionalOnlyWhenTheInsurerWasNotToldOfTheConsolidationInThreeMonths() {
        String[] v = victimWithClaim("Céleste Marchand");
        UI.getCurrent().navigate("dossier/" + v[1]);
        assertThat(screen())
                .contains("cette offre peut n’être que provisionnelle si l’assureur n’a pas été informé de"
                        + " votre consolidation dans les trois mois de l’accident (C. assur. art. L211-9, al. 3)")
                .doesNotContain("pas encore stabilisé");
        // no other text, on any screen or mail, ties a provisional offer to the victim's condition not being stable
        Properties french = load("/vaadin-i18n/translations.properties");
        assertThat(french.values())
                .noneMatch(t -> t.toString().contains("pas encore stabilisé")
                        || t.toString().contains("n’est pas stabilisé"));
        assertThat(load("/vaadin-i18n/translations_en.properties").values())
                .noneMatch(t -> t.toString().contains("not stabilised yet"));
    }

    @Test
    void theExamNoticeNeedsADateAndPlaceNotATimeAndTheInsurerMayProposeAnotherDoctorOrGoToCourt() {
        String[] v = victimWithClaim("Denis Vasseur");
        // a notice with every R211-43 item but no time of day
        fixtures.as(
                v[0],
                () -> examinations.record(
                        v[1],
                        new NoticeInput(
                                "Dr Paul Girard",
                                "Médecin expert près la cour d’appel de Lyon",
                                "Évaluer les séquelles",
                                LocalDate.of(2026, 12, 15),
                                null,
                                "12 rue de la République, 69002 Lyon",
                                "Assurances du Sud",
                                true,
                                LocalDate.of(2026, 11, 23))));
        UI.getCurrent().navigate("dossier/" + v[1] + "/examen");
        assertThat(screen())
                .contains(
                        "L’avis contient tout ce que l’article R211-43 exige.",
                        "vous pouvez refuser le médecin choisi par l’assureur ; l’assureur peut alors vous en proposer un"
                                + " autre ou demander au juge de désigner un expert",
                        "doit vous envoyer son rapport")
                .doesNotContain("l’heure de l’examen", "devra alors en proposer un autre");
    }

    @Test
    void theDirectorySaysWhoKeepsItOnWhatItRestsAndClaimsNoIndependence() {
        victimWithClaim("Élise Caron");
        UI.getCurrent().navigate("medecins");
        assertThat(screen())
                .contains(
                        "Cet annuaire est tenu par les agents de l’assureur habilités sur ce portail",
                        "Chaque fiche reprend ce que le médecin déclare",
                        "Le portail ne vérifie ni son inscription au tableau de l’Ordre des médecins, ni son indépendance",
                        "qu’il figure ou non dans cet annuaire")
                .doesNotContain("jamais les assureurs");
    }

    @Test
    void theAggravationPageSaysTheInitialDamageMayHaveBeenSettledByAJudgment() {
        String[] v = victimWithClaim("Fanny Giraud");
        UI.getCurrent().navigate("dossier/" + v[1] + "/aggravation");
        assertThat(screen())
                .contains(
                        "Le règlement de votre préjudice, par un accord avec l’assureur ou par un"
                                + " jugement, ne met pas fin à vos droits",
                        "par un accord ou par un jugement");
    }

    @Test
    void anAggravationCanBeDeclaredAfterAJudgmentWhenNoSettlementIsRecordedHere() {
        String[] v = victimWithClaim("Firmin Gauthier");
        UI.getCurrent().navigate("dossier/" + v[1] + "/aggravation");
        assertThat(screen())
                .contains("Si votre préjudice initial a été réglé par un jugement devenu définitif,"
                        + " indiquez la date de ce jugement pour déclarer l’aggravation");
        DatePicker judgment =
                _get(DatePicker.class, d -> d.withLabel("Date du jugement qui a réglé mon préjudice" + " initial"));
        HasValueUtilsKt._setValue(
                _get(RadioButtonGroup.class, r -> r.withLabel("Qu’est-ce qui s’est aggravé ?")),
                AggravationNature.FUNCTIONAL);
        HasValueUtilsKt._setValue(
                _get(DatePicker.class, d -> d.withLabel("Depuis quand ?")), LocalDate.of(2026, 11, 2));
        HasValueUtilsKt._setValue(
                _get(TextArea.class, t -> t.withLabel("Décrivez ce qui a changé, avec vos mots")),
                "Douleurs plus fortes au genou, nouvelle opération prévue.");
        // without the judgment's date nothing is declared, and the field says why
        _click(_get(Button.class, b -> b.withText("Déclarer l’aggravation")));
        assertThat(judgment.isInvalid()).isTrue();
        assertThat(records.findByClaimReferenceOrderBySequenceNoAsc(v[1])).isEmpty();
        // a judgment in the future is refused
        HasValueUtilsKt._setValue(judgment, LocalDate.of(2026, 11, 24));
        _click(_get(Button.class, b -> b.withText("Déclarer l’aggravation")));
        assertThat(judgment.getErrorMessage())
                .isEqualTo("Indiquez la date du jugement : pas dans le futur, pas avant" + " l’accident.");
        assertThat(records.findByClaimReferenceOrderBySequenceNoAsc(v[1])).isEmpty();

        HasValueUtilsKt._setValue(judgment, LocalDate.of(2026, 10, 30));
        _click(_get(Button.class, b -> b.withText("Déclarer l’aggravation")));
        NotificationsKt.expectNotifications("Votre aggravation est déclarée. L’assureur est prévenu.");
        var declared = records.findByClaimReferenceOrderBySequenceNoAsc(v[1]);
        assertThat(declared).hasSize(1);
        assertThat(declared.get(0).getInsurerName()).isEqualTo("Assurances du Sud");
        assertThat(screen()).contains("Aggravation n° 1");
    }

    @Test
    void theVictimsRightsListNoDutyAndTheDutiesAreListedApart() {
        victimWithClaim("Gaspard Lefort");
        UI.getCurrent().navigate("");
        Section rights = _find(Section.class).stream()
                .filter(s ->
                        _find(s, H2.class).stream().anyMatch(h -> h.getText().equals("Vos droits")))
                .findFirst()
                .orElseThrow();
        assertThat(rights.getElement().getTextRecursively()).doesNotContain("Informer", "Fournir");
        Section duties = _find(Section.class).stream()
                .filter(s ->
                        _find(s, H2.class).stream().anyMatch(h -> h.getText().equals("Ce que vous devez faire")))
                .findFirst()
                .orElseThrow();
        assertThat(duties.getElement().getTextRecursively())
                .contains(
                        "Informer votre caisse d’assurance maladie de tout accord conclu avec l’assureur",
                        "l’article R211-37 du Code des assurances");
    }

    @Test
    void aLawyerWouldSignTheWording() {
        Properties french = load("/vaadin-i18n/translations.properties");
        // one spelling of médecin-conseil, "motivée" for a reasoned offer or reply
        assertThat(french.values()).noneMatch(t -> t.toString().matches("(?s).*[Mm]édecins? conseils?.*"));
        assertThat(french.values()).noneMatch(t -> t.toString().contains("expliquée"));
        assertThat(fr("deadline.OFFER_3M.explanation")).contains("une offre motivée");
        assertThat(fr("deadline.REASONED_REPLY_3M.title"))
                .isEqualTo("Réponse motivée dans les 3 mois de votre demande");
        // the R211-30 extension in one full sentence: whose offer, by how much
        assertThat(fr("deadline.adjustment.DEATH_OF_VICTIM"))
                .isEqualTo("La victime est décédée plus d’un mois après"
                        + " l’accident : le délai dont dispose l’assureur pour présenter son offre à ses héritiers et, s’il y a"
                        + " lieu, à son conjoint est prolongé d’une durée égale au temps écoulé entre l’accident et le décès,"
                        + " diminuée d’un mois.");
    }

    @Test
    void aCaseworkerAndAnAgentReadAboutTheVictimNotAboutThemselves() {
        String[] v = victimWithClaim("Hélène Dumas");
        String helper = fixtures.newUser(Role.HELPER, "Asso Lecture");
        participants.save(ClaimParticipant.helper(
                claimRepository.findByReference(v[1]).orElseThrow().getId(),
                users.loadUserByUsername(helper).id(),
                HelperScope.encode(EnumSet.allOf(HelperScope.class)),
                Instant.parse("2026-01-01T00:00:00Z"),
                null));
        logout();
        openAs(helper, "dossier/" + v[1]);
        assertThat(screen())
                .contains(
                        "Médecin-conseil de la victime",
                        "Examen médical : l’avis, les droits de la victime, le rapport")
                .doesNotContain("Mon médecin", "vos droits");
        UI.getCurrent().navigate("dossier/" + v[1] + "/medecin");
        assertThat(screen())
                .contains("La victime peut se faire assister", "La victime n’a pas encore de médecin-conseil.")
                .doesNotContain("Vous n’avez pas encore de médecin");
        UI.getCurrent().navigate("");
        assertThat(_find(H2.class).stream().map(H2::getText))
                .contains("Les droits de la victime", "Ce que la victime doit faire")
                .doesNotContain("Vos droits");

        String agent = fixtures.newUser(Role.AGENT, "Agent Lecture");
        logout();
        login(agent, ClaimFixtures.PASSWORD);
        reasonGiven(v[1]);
        UI.getCurrent().navigate("dossier/" + v[1] + "/medecin");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Médecin-conseil de la victime");
        assertThat(screen()).doesNotContain("Mon médecin", "Vous n’avez pas encore");
        UI.getCurrent().navigate("dossier/" + v[1] + "/examen");
        assertThat(screen())
                .contains("L’assureur peut faire examiner la victime par un médecin qu’il choisit")
                .doesNotContain("vous faire examiner");
        assertThat(_get(DatePicker.class, d -> d.withLabel("Date à laquelle l’avis est parvenu à la victime")))
                .isNotNull();
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (var in = LegalWordingTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
