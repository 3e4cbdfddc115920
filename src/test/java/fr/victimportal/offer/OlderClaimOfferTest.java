package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.offer.ui.OfferView;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The offer page of an older claim renders its L211-13 estimate (the legal-rate
 * table goes back to 2000), a period with no rate says so instead of failing, and the dashboard marks an offer deadline
 * met late as late, in words, with a link to the estimate.
 */
class OlderClaimOfferTest extends KaribuTest {

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferFixtures fixtures;

    @BeforeEach
    void today() {
        today(2026, 12, 4, 11);
    }

    private OfferFixtures.Victim claimWithLateOffer(LocalDate accident, LocalDate insurerTold, LocalDate offerOn) {
        String email = claims.newUser(Role.VICTIM, "Marc Vidal");
        String ref = claims.submittedClaim(email, accident, new ProcedureDates(insurerTold, null, null, null));
        OfferFixtures.Victim v = new OfferFixtures.Victim(email, ref);
        fixtures.record(v, OfferFixtures.complete(offerOn, OfferFixtures.typicalHeads()));
        return v;
    }

    @Test
    void theOfferPageOfAClaimFrom2012RendersTheLateOfferEstimate() {
        // Accident Sat 17 Nov 2012, insurer told 20 Nov: the 8 months end Wed 17 Jul 2013; offer received 14 Feb 2014.
        var v = claimWithLateOffer(LocalDate.of(2012, 11, 17), LocalDate.of(2012, 11, 20), LocalDate.of(2014, 2, 14));
        login(v.email(), ClaimFixtures.PASSWORD);

        UI.getCurrent().navigate("dossier/" + v.reference() + "/offre");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OfferView.class);
        assertThat(page())
                .contains(
                        "Non : elle devait arriver au plus tard le 17 juillet 2013",
                        "Intérêts au double du taux légal estimés à",
                        "du 18 juillet 2013 au 14 février 2014",
                        "Estimation indicative")
                .doesNotContain("Estimation impossible");
    }

    @Test
    void aPeriodWithNoLegalRateSaysTheEstimateIsNotPossibleInsteadOfFailing() {
        // Accident Fri 10 Jan 1997: the 8 months end Wed 10 Sep 1997; offer received 1 Mar 2001. The table starts in
        // 2000: 11 Sep 1997 .. 31 Dec 1999 has no rate.
        var v = claimWithLateOffer(LocalDate.of(1997, 1, 10), LocalDate.of(1997, 1, 15), LocalDate.of(2001, 3, 1));
        login(v.email(), ClaimFixtures.PASSWORD);

        UI.getCurrent().navigate("dossier/" + v.reference() + "/offre");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OfferView.class);
        assertThat(page())
                .contains(
                        "Non : elle devait arriver au plus tard le 10 septembre 1997",
                        "Estimation impossible pour cette période : du 11 septembre 1997 au 31 décembre 1999",
                        "Intérêts au double du taux légal estimés à");
    }

    @Test
    void theDashboardMarksAnOfferMadeLateAsLateAndLinksTheEstimate() {
        var v = claimWithLateOffer(LocalDate.of(2012, 11, 17), LocalDate.of(2012, 11, 20), LocalDate.of(2014, 2, 14));
        login(v.email(), ClaimFixtures.PASSWORD);

        UI.getCurrent().navigate("dossier/" + v.reference());

        org.jsoup.nodes.Element offer = StaticCards.elements("li.deadline").stream()
                .filter(li -> StaticCards.text(li).startsWith("Offre dans les 8 mois"))
                .findFirst()
                .orElseThrow();
        // 17 Jul 2013 -> 14 Feb 2014: 212 days late, said in words, not by colour alone
        assertThat(StaticCards.text(offer))
                .contains(
                        "au plus tard le 17 juillet 2013",
                        "fait le 14 février 2014, en retard de 212 jours sur la date limite");
        assertThat(offer.classNames()).contains("done-late").doesNotContain("done");
        assertThat(offer.select("a.late-estimate")).singleElement().satisfies(estimate -> {
            assertThat(estimate.attr("href")).isEqualTo("dossier/" + v.reference() + "/offre");
            assertThat(StaticCards.text(estimate)).contains("L211-13");
        });
        // the deadline met in time keeps its plain mark
        String notice = StaticCards.texts("li.deadline").stream()
                .filter(t -> t.startsWith("Prévenir l’assureur"))
                .findFirst()
                .orElseThrow();
        assertThat(notice).contains("fait le 20 novembre 2012").doesNotContain("en retard");
    }
}
