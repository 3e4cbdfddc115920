package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.IntegrationTest;
import fr.victimportal.claim.ClaimFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review and the withdrawal letter are real PDFs with the victim's name, the amounts and the dates. */
class OfferPdfTest extends IntegrationTest {

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offers;

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isPositive();
            // PDF text extraction turns the narrow no-break spaces of French numbers into plain spaces
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u202f\\u00a0]+", " ");
        }
    }

    @Test
    void theReviewPdfHasTheVictimTheAmountsTheDatesAndTheMissingElements() throws IOException {
        var v = fixtures.victim("Élodie Lambert");
        OfferInput complete = OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads());
        fixtures.record(
                v,
                new OfferInput(
                        complete.receivedOn(),
                        complete.kind(),
                        complete.insurerName(),
                        complete.insurerAddress(),
                        complete.insurerReference(),
                        false,
                        true,
                        complete.propertyDamage(),
                        false,
                        false,
                        complete.heads()));
        String text = text(claims.as(v.email(), () -> offers.reviewPdf(v.reference(), Locale.FRENCH)));
        assertThat(text)
                .contains(
                        "Élodie Lambert",
                        v.reference(),
                        "3 août 2026",
                        "18 450,40 €",
                        "15 350,00 €",
                        "Souffrances endurées",
                        "en dessous de la fourchette indicative",
                        "lucie-guillon-avocat.fr",
                        "aucun barème",
                        "caractères très apparents",
                        "référé-provision");
        assertThat(text).doesNotContain("manifestement insuffisant");
    }

    @Test
    void theWithdrawalLetterIsAddressedToTheInsurerWithTheDates() throws IOException {
        today(2026, 12, 4, 11);
        var v = fixtures.victimWithOffer("Élodie Lambert");
        OfferFile f = fixtures.latest(v.email(), v.reference());
        OfferFile accepted = claims.as(v.email(), () -> offers.accept(v.reference(), f.id(), f.version()));
        assertThatThrownBy(() -> claims.as(v.email(), () -> offers.withdrawalLetter(v.reference())))
                .hasMessageContaining("offer.error.notWithdrawn");

        today(2026, 12, 15, 9);
        // the letter is prepared first (place, today's date), and only the sending date makes the withdrawal
        String draft = text(claims.as(v.email(), () -> offers.withdrawalDraft(v.reference(), "Bordeaux")));
        assertThat(draft)
                .contains(
                        "Fait à Bordeaux, le 15 décembre 2026",
                        "dénonciation de la transaction",
                        "transaction conclue le 4 décembre 2026",
                        "18 450,40 €",
                        "15 350,00 €",
                        "21 décembre 2026");
        assertThatThrownBy(() -> claims.as(v.email(), () -> offers.withdrawalDraft(v.reference(), " ")))
                .hasMessageContaining("offer.error.place");
        claims.as(
                v.email(),
                () -> offers.withdraw(
                        v.reference(), accepted.id(), accepted.version(), LocalDate.of(2026, 12, 14), "Bordeaux"));
        String text = text(claims.as(v.email(), () -> offers.withdrawalLetter(v.reference())));
        assertThat(text)
                .contains(
                        "Élodie Lambert",
                        "Assurances du Sud",
                        "33000 Bordeaux",
                        "SIN-2026-0042",
                        "Lettre recommandée avec demande d’avis de réception",
                        "L211-16",
                        "4 décembre 2026",
                        "3 août 2026",
                        "18 450,40 €",
                        "15 350,00 €",
                        "21 décembre 2026",
                        "Fait à Bordeaux, le 14 décembre 2026");
    }

    @Test
    void theReviewPdfSaysADefinitiveOfferAfterAProvisionalOneInTimeIsJudgedOnTheFiveMonths() throws IOException {
        today(2026, 12, 4, 11);
        var v = fixtures.consolidatedWithProvisionalOffer("Rose Marchand");
        String email = v.email();
        String ref = v.reference();
        claims.as(
                email,
                () -> offers.record(
                        ref, OfferFixtures.complete(LocalDate.of(2026, 10, 20), OfferFixtures.typicalHeads())));
        String text = text(claims.as(email, () -> offers.reviewPdf(ref, Locale.FRENCH)));
        assertThat(text)
                .contains(
                        "Une offre provisionnelle reçue le 3 août 2026 a respecté le délai de 8 mois",
                        "l’offre est arrivée dans les délais")
                .doesNotContain("Intérêts au double");
    }
}
