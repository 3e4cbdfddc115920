package fr.victimportal.offer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import fr.victimportal.KaribuTest;
import fr.victimportal.TestSmtp;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.DintilhacHead;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The offer to a relative or heir on screen (issue 24), in French and English: whose offer it is, the figures, the
 * heirs' extended deadline with its articles, the art. 6 line with the direct victim's reduction, the L211-15 line for
 * the minor; the agent's "Pour qui ?" and choice of whose offer. Today 20 Dec 2026; the victim died 10 Dec 2026.
 */
class RelativeOfferViewTest extends KaribuTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Autowired
    private RelativeOfferFamily families;

    @Autowired
    private ClaimFixtures fixtures;

    @Autowired
    private OfferService offers;

    private RelativeOfferFamily.Heirs h;

    @BeforeEach
    void offersToTheVictimAndEachHeir() {
        today(2026, 12, 20, 10);
        h = families.heirs(SMTP);
        LocalDate received = LocalDate.of(2026, 12, 18);
        fixtures.as(h.agent(), () -> {
            offers.record(
                    h.reference(),
                    null,
                    RelativeOfferFamily.letter(
                            LocalDate.of(2026, 12, 15),
                            List.of(HeadLine.of(DintilhacHead.SE, "10000.00")
                                    .withGrade("3")
                                    .withReduction("2000.00", "Faute de la victime (art. 4)"))));
            offers.record(
                    h.reference(), h.leaId(), RelativeOfferFamily.letter(received, RelativeOfferFamily.heirHeads()));
            return offers.record(
                    h.reference(),
                    h.noeId(),
                    RelativeOfferFamily.letter(received, List.of(HeadLine.of(DintilhacHead.PAF, "20000.00"))));
        });
    }

    @Test
    void theHeirReadsTheirOwnOfferInFrench() {
        openAs(h.lea(), "dossier/" + h.reference() + "/offre");

        assertThat(page())
                .contains("Offre à Léa Martin (enfant)")
                .contains("Frais d’obsèques", "Préjudice d’affection", "29 200,00 €")
                .contains("Vos droits suivent ceux de la victime directe (loi du 5 juillet 1985, art. 6)")
                .contains("Réduction pour faute appliquée à la victime directe dans sa dernière offre : 20 %.")
                .contains(
                        "Attention : la réduction appliquée à vos postes (0 %) n’est pas celle de la victime directe (20 %).")
                .contains("article L211-9 alinéa 2 du Code des assurances")
                .contains("prolongé par l’article R211-30 : l’offre devait être faite au plus tard le 12 juillet 2027.")
                .contains("ni la victime directe ni les autres proches ne la voient")
                .doesNotContain("Souffrances endurées", "20 000,00 €", "juge des tutelles");
        assertThat(_find(Button.class, b -> b.withText("J’accepte l’offre"))).hasSize(1);
        assertThat(_find(Select.class, s -> s.withLabel("Offre de qui ?")))
                .as("only the agent chooses whose offer")
                .isEmpty();
    }

    @Test
    void theMinorsRepresentativeReadsThatAJudgeMustAuthorise() {
        openAs(h.noeRepresentative(), "dossier/" + h.reference() + "/offre");

        assertThat(page())
                .contains("Offre à Noé Martin (enfant)")
                .contains("Noé Martin est mineur : Paul Martin, son représentant légal, agit pour lui.")
                .contains("autorisée par le juge des tutelles (article L211-15 du Code des assurances)")
                .contains("20 000,00 €")
                .contains("pendant 10 ans (article 2226 du Code civil)")
                .doesNotContain("4 200,00 €", "rapport médical");
    }

    @Test
    void theHeirReadsTheirOwnOfferInEnglish() {
        startUi(Locale.ENGLISH);
        login(h.lea(), ClaimFixtures.PASSWORD);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("dossier/" + h.reference() + "/offre");

        assertThat(page())
                .contains("Offer to Léa Martin (child)")
                .contains("Funeral expenses (FO)", "Bereavement and affection harm (PAF)")
                .contains("Your rights follow those of the direct victim (loi of 5 July 1985, art. 6)")
                .contains("Fault reduction applied to the direct victim in their latest offer: 20 %.")
                .contains("article L211-9 paragraph 2 of the Insurance Code")
                .contains("extended by article R211-30: the offer was due by July 12, 2027 at the latest.")
                .doesNotContain("guardianship judge");
    }

    @Test
    void theAgentChoosesForWhomAndTheHeadsFollowTheChoice() {
        login(h.agent(), ClaimFixtures.PASSWORD);
        reasonGiven(h.reference());
        UI.getCurrent().navigate("dossier/" + h.reference() + "/offre");
        assertThat(page()).contains("Souffrances endurées").doesNotContain("Offre à Léa Martin");
        @SuppressWarnings("unchecked")
        Select<Long> whose = _get(Select.class, s -> s.withLabel("Offre de qui ?"));
        HasValueUtilsKt._setValue(whose, h.leaId());
        assertThat(page())
                .contains("Offre à Léa Martin (enfant)", "Frais d’obsèques")
                .doesNotContain("Souffrances endurées");

        UI.getCurrent().navigate("dossier/" + h.reference() + "/offre/saisie");
        assertThat(_find(Details.class)).hasSize(20);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Long> forWhom = _get(RadioButtonGroup.class, r -> r.withLabel("Pour qui ?"));
        HasValueUtilsKt._setValue(forWhom, h.noeId());
        assertThat(_find(Details.class))
                .extracting(Details::getSummaryText)
                .contains("Frais d’obsèques", "Préjudice d’angoisse de mort imminente")
                .doesNotContain("Déficit fonctionnel permanent");
    }
}
