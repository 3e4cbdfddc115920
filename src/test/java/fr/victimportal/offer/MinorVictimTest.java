package fr.victimportal.offer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimService;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.Representation;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.claim.model.VictimRole;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A victim who is a minor: the ten years of C. civ. 2226 do not run during minority (C. civ. 2235), an
 * acceptance waits for the judge's authorisation on the dashboard too (L211-15), and a minor with no representative
 * recorded cannot accept; the provisional offer's note follows L211-9 al. 3.
 */
class MinorVictimTest extends KaribuTest {

    private static final String ACCEPT = "J’accepte l’offre";
    private static final String LIMITATION = "Dernier jour pour agir en justice";

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private fr.victimportal.claim.ClaimInsurers claimInsurers;

    @Autowired
    private OfferService offers;

    @Autowired
    private ClaimService claimService;

    /** Accident Mon 5 Jan 2026, insurer told 12 Jan; a victim born on {@code birth}; consolidation as given. */
    private OfferFixtures.Victim victimBorn(LocalDate birth, LocalDate consolidation) {
        String email = claims.newUser(Role.VICTIM, "Inès Morel");
        String ref = claims.as(email, () -> {
            String r = claimService.startOrResumeDeclaration();
            long v = claimService.open(r).version();
            v = claimService.saveAccident(
                    r, v, ClaimFixtures.accident(LocalDate.of(2026, 1, 5), VictimRole.PEDESTRIAN));
            v = claimService.saveSituation(r, v, ClaimFixtures.situation(birth));
            v = claimService.saveVehicles(
                    r,
                    v,
                    List.of(new VehicleDetails("Voiture grise", "AB-123-CD", "Assurances du Sud", "C-778899", false)));
            v = claimService.saveDates(
                    r,
                    v,
                    new ProcedureDates(
                            LocalDate.of(2026, 1, 12),
                            null,
                            consolidation,
                            consolidation == null ? null : consolidation.plusDays(5)));
            v = claimInsurers.choose(r, v, claims.insurer());
            claimService.submit(r, v);
            return r;
        });
        return new OfferFixtures.Victim(email, ref);
    }

    private void open(OfferFixtures.Victim v, String path) {
        openAs(v.email(), "dossier/" + v.reference() + path);
    }

    private org.jsoup.nodes.Element deadline(String title) {
        return StaticCards.elements("li.deadline").stream()
                .filter(li -> StaticCards.text(li).startsWith(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aVictimMinorAtConsolidationReadsThatTheTenYearsLikelyRunFromTheEighteenthBirthday() {
        today(2026, 12, 4, 11);
        // born 10 Mar 2012, consolidated Tue 16 Jun 2026 at 14: 18 on Sun 10 Mar 2030, likely end Sat 10 Mar 2040
        var minor = victimBorn(LocalDate.of(2012, 3, 10), LocalDate.of(2026, 6, 16));
        open(minor, "");
        String limitation = text(StaticCards.text(deadline(LIMITATION)));
        // the date to act stays the earlier one, counted as for an adult (C. civ. 2226)
        assertThat(limitation).contains("au plus tard le 16 juin 2036", "C. civ. art. 2226");
        assertThat(deadline(LIMITATION).select("p.minority-limitation"))
                .singleElement()
                .extracting(note -> text(StaticCards.text(note)))
                .asString()
                .contains(
                        "C. civ. art. 2235",
                        "mineur non émancipé",
                        "le 10 mars 2030",
                        "le 10 mars 2040",
                        "Par précaution",
                        "avocat");

        // the aggravation page's limitation says it too
        UI.getCurrent().navigate("dossier/" + minor.reference() + "/aggravation");
        assertThat(text(_get(Paragraph.class, p -> p.withClasses("minority-limitation"))))
                .contains("le 10 mars 2030", "le 10 mars 2040", "C. civ. art. 2235");
        logout();

        // a minor at the accident who came of age (10 Mar 2026) before the consolidation: no note
        var ofAge = victimBorn(LocalDate.of(2008, 3, 10), LocalDate.of(2026, 6, 16));
        open(ofAge, "");
        assertThat(text(StaticCards.text(deadline(LIMITATION)))).contains("au plus tard le 16 juin 2036");
        assertThat(StaticCards.elements(".minority-limitation")).isEmpty();
        assertThat(_find(Paragraph.class, p -> p.withClasses("minority-limitation")))
                .isEmpty();
    }

    @Test
    void anAcceptanceWaitingForTheJudgesAuthorisationIsOnTheDashboard() {
        today(2026, 12, 4, 11);
        var v = fixtures.victim("Camille Roux");
        claims.as(
                v.email(),
                () -> claimService.saveRepresentation(
                        v.reference(),
                        claimService.open(v.reference()).version(),
                        new Representation(Representation.Person.MINOR, "Léo Roux", Representation.Role.PARENT)));
        fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads()));
        OfferFile f = fixtures.latest(v.email(), v.reference());
        claims.as(v.email(), () -> offers.accept(v.reference(), f.id(), f.version(), LocalDate.of(2026, 12, 1)));

        open(v, "");
        assertThat(text(_get(ListItem.class, li -> li.withClasses("stage-next"))))
                .contains(
                        "Une acceptation de l’offre, signée le 1 décembre 2026, est enregistrée",
                        "juge des tutelles",
                        "C. assur. art. L211-15",
                        "Le délai de 15 jours pour dénoncer la transaction et le délai de paiement",
                        "ne commencent qu’une fois cette autorisation donnée");
        assertThat(text(StaticCards.only("li.stage-current"))).startsWith("Accord (transaction)");
        // no period runs yet: neither the withdrawal nor the payment deadline is listed
        assertThat(StaticCards.texts("li.deadline").stream().map(MinorVictimTest::text))
                .noneMatch(t -> t.contains("L211-16") || t.contains("L211-17"));
    }

    @Test
    void aMinorWithNoRepresentativeIsToldWhyAndCannotAccept() {
        today(2026, 12, 4, 11);
        var v = victimBorn(LocalDate.of(2010, 9, 1), null);
        fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads()));
        open(v, "/offre");
        assertThat(text(StaticCards.only("p.minor-unrepresented")))
                .contains(
                        "la victime est mineure",
                        "ne peut pas accepter seul",
                        "juge des tutelles ou le conseil de famille",
                        "C. assur. art. L211-15");
        assertThat(_find(Button.class, b -> b.withText(ACCEPT))).isEmpty();
        assertThat(StaticCards.elements("p > a.action-link[router-link]"))
                .filteredOn(a -> StaticCards.text(a).equals("Indiquer ou modifier le représentant légal"))
                .singleElement()
                .extracting(a -> a.attr("href"))
                .isEqualTo("dossier/" + v.reference() + "/representation");

        // the service refuses it too, and nothing is recorded
        OfferFile f = fixtures.latest(v.email(), v.reference());
        assertThatThrownBy(() -> claims.as(
                        v.email(), () -> offers.accept(v.reference(), f.id(), f.version(), LocalDate.of(2026, 12, 4))))
                .hasMessageContaining("offer.minor.unrepresented");
        assertThat(fixtures.latest(v.email(), v.reference()).settlement()).isNull();
        assertThat(fixtures.latest(v.email(), v.reference()).status()).isEqualTo(OfferStatus.RECORDED);

        // once the parent is recorded, the acceptance is possible and waits for the judge's authorisation
        claims.as(
                v.email(),
                () -> claimService.saveRepresentation(
                        v.reference(),
                        claimService.open(v.reference()).version(),
                        new Representation(Representation.Person.MINOR, "Inès Morel", Representation.Role.PARENT)));
        UI.getCurrent().navigate("dossier/" + v.reference());
        UI.getCurrent().navigate("dossier/" + v.reference() + "/offre");
        assertThat(StaticCards.texts("p.minor-unrepresented")).isEmpty();
        assertThat(_find(Button.class, b -> b.withText(ACCEPT))).hasSize(1);
        OfferFile accepted = claims.as(
                v.email(), () -> offers.accept(v.reference(), f.id(), f.version(), LocalDate.of(2026, 12, 4)));
        assertThat(accepted.settlement().awaitingAuthorisation()).isTrue();
    }

    @Test
    void theProvisionalOffersNoteNamesTheFiveMonthsOfL2119() throws Exception {
        today(2026, 12, 4, 11);
        var v = fixtures.victim("Hugo Lenoir");
        OfferInput complete = OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads());
        fixtures.record(
                v,
                new OfferInput(
                        complete.receivedOn(),
                        OfferKind.PROVISIONAL,
                        complete.insurerName(),
                        complete.insurerAddress(),
                        complete.insurerReference(),
                        complete.withdrawalRightConspicuous(),
                        complete.payerStatementsAttached(),
                        complete.propertyDamage(),
                        complete.judicialAuthorisationStated(),
                        complete.victimUnderProtection(),
                        complete.heads()));
        open(v, "/offre");
        assertThat(page())
                .contains("Cette offre est provisionnelle : le dossier reste ouvert. L’offre définitive est "
                        + "due dans les cinq mois du jour où l’assureur a été informé de la consolidation "
                        + "(C. assur. art. L211-9 al. 3).")
                .doesNotContain("après la consolidation");

        // no text ties a provisional offer to a condition "not yet stable" (L211-9 al. 3 turns on the insurer's
        // knowledge of the consolidation)
        for (String file : new String[] {"translations.properties", "translations_en.properties"}) {
            Properties texts = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            texts.forEach((key, value) -> {
                String t = value.toString().toLowerCase(Locale.ROOT);
                if (t.contains("provision") || t.contains("provisoire")) {
                    assertThat(t)
                            .as(file + " " + key)
                            .doesNotContain(
                                    "stabilis",
                                    "not yet stable",
                                    "non stable",
                                    "après la consolidation",
                                    "after consolidation");
                }
            });
        }
    }
}
