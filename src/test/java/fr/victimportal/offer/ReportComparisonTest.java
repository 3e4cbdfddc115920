package fr.victimportal.offer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import fr.victimportal.KaribuTest;
import fr.victimportal.StaticCards;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimFixtures;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.ReportFacts.DftPeriod;
import fr.victimportal.expertise.Examinations;
import fr.victimportal.expertise.ReportInput;
import fr.victimportal.offer.OfferReview.Missing;
import fr.victimportal.offer.OfferReview.MissingElement;
import fr.victimportal.shared.UserInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The offer against the expert's report (docs/legal-notes.md): each head the report retains must be evaluated, graded heads
 * at the report's grade; a total exclusion (R211-40) needs neither the heads, the payers' claims nor their statements.
 */
class ReportComparisonTest extends KaribuTest {

    @Autowired
    private OfferFixtures fixtures;

    @Autowired
    private ClaimFixtures claims;

    @Autowired
    private OfferService offers;

    @Autowired
    private Examinations examinations;

    @BeforeEach
    void today() {
        today(2026, 9, 1, 10);
    }

    /** Accident 5 Jan 2026: 60 days at the full rate, 40 at half; SE 3.5/7, PEP 2/7, DFP 8 %, and an agrément loss. */
    private static ReportInput report() {
        return new ReportInput(
                LocalDate.of(2026, 7, 20),
                LocalDate.of(2026, 7, 1),
                List.of(
                        new DftPeriod(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 5), 100),
                        new DftPeriod(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 4, 14), 50)),
                new BigDecimal("3.5"),
                null,
                new BigDecimal("2"),
                8,
                Set.of(DintilhacHead.PA));
    }

    @Test
    void theReviewListsEachHeadTheReportRetainsAndTheOfferOmitsAndAGradeBelowTheReports() {
        var v = fixtures.victim("Clément Roy");
        String agent = claims.newUser(Role.AGENT, "Agent Rapport");
        claims.as(agent, () -> examinations.recordReport(v.reference(), report()));
        // typical heads: DSA, PGPA, DFT (60 days), SE at 3/7, DFP — no PA, no PEP, SE below the report's 3.5
        fixtures.record(v, OfferFixtures.complete(LocalDate.of(2026, 8, 3), OfferFixtures.typicalHeads()));
        OfferReview review =
                claims.as(v.email(), () -> offers.review(v.reference())).orElseThrow();
        assertThat(review.missing())
                .containsExactly(
                        new Missing(MissingElement.REPORT_HEAD_OMITTED, DintilhacHead.PA),
                        new Missing(MissingElement.REPORT_HEAD_OMITTED, DintilhacHead.PEP),
                        new Missing(MissingElement.REPORT_GRADE_DIFFERS, DintilhacHead.SE));

        openAs(v.email(), "dossier/" + v.reference() + "/offre");
        assertThat(StaticCards.textOf(_get(Main.class).getElement()))
                .contains(
                        "Le rapport d’expertise retient le poste « Préjudice d’agrément », que l’offre n’évalue pas.",
                        "Le degré retenu pour « Souffrances endurées » n’est pas celui du rapport d’expertise.");
        UI.getCurrent().navigate("dossier/" + v.reference() + "/examen");
        assertThat(_get(Main.class).getElement().getTextRecursively().replace('\u00a0', ' '))
                .contains(
                        "Rapport du 20 juillet 2026 : consolidation le 1 juillet 2026 ; déficit fonctionnel temporaire 80 jours à taux plein",
                        "souffrances endurées 3,5/7",
                        "préjudice esthétique permanent 2/7",
                        "déficit fonctionnel permanent 8 %",
                        "autres postes retenus : Préjudice d’agrément");
    }

    @Test
    void anOfferThatEvaluatesEveryHeadAtTheReportsGradesIsCompleteAgainstIt() {
        var v = fixtures.victim("Zoé Lambert");
        claims.as(v.email(), () -> examinations.recordReport(v.reference(), report()));
        fixtures.record(
                v,
                OfferFixtures.complete(
                        LocalDate.of(2026, 8, 3),
                        List.of(
                                HeadLine.of(DintilhacHead.DFT, "2000.00").withDays(80),
                                HeadLine.of(DintilhacHead.SE, "6000.00").withGrade("3.5"),
                                HeadLine.of(DintilhacHead.PEP, "2500.00").withGrade("2"),
                                HeadLine.of(DintilhacHead.DFP, "14000.00"),
                                HeadLine.of(DintilhacHead.PA, "3000.00"))));
        assertThat(claims.as(v.email(), () -> offers.review(v.reference()))
                        .orElseThrow()
                        .missing())
                .isEmpty();
    }

    @Test
    void wrongReportFiguresAreRefusedAndNothingIsRecorded() {
        var v = fixtures.victim("Louise Henry");
        ReportInput r = report();
        assertThatThrownBy(() -> claims.as(
                        v.email(),
                        () -> examinations.recordReport(
                                v.reference(),
                                new ReportInput(
                                        r.reportDate(),
                                        r.consolidation(),
                                        r.dft(),
                                        new BigDecimal("7.5"),
                                        null,
                                        null,
                                        null,
                                        Set.of()))))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exam.report.error.grade"));
        assertThatThrownBy(() -> claims.as(
                        v.email(),
                        () -> examinations.recordReport(
                                v.reference(),
                                new ReportInput(
                                        r.reportDate(),
                                        r.consolidation(),
                                        List.of(new DftPeriod(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 1), 100)),
                                        null,
                                        null,
                                        null,
                                        null,
                                        Set.of()))))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exam.report.error.dft"));
        assertThatThrownBy(() -> claims.as(
                        v.email(),
                        () -> examinations.recordReport(
                                v.reference(),
                                new ReportInput(
                                        LocalDate.of(2026, 9, 2), null, List.of(), null, null, null, null, Set.of()))))
                .as("a report dated tomorrow")
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exam.report.error.reportDate"));
        assertThatThrownBy(() -> claims.as(
                        v.email(),
                        () -> examinations.recordReport(
                                v.reference(),
                                new ReportInput(
                                        r.reportDate(),
                                        null,
                                        List.of(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        Set.of(DintilhacHead.DFT)))))
                .as("DFT has its own figures, not a place among the other heads")
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exam.report.error.heads"));
        assertThat(claims.as(v.email(), () -> examinations.latestReport(v.reference())))
                .isEmpty();
        String stranger = claims.newUser(Role.VICTIM, "Autre Personne");
        assertThatThrownBy(() -> claims.as(stranger, () -> examinations.recordReport(v.reference(), r)))
                .isInstanceOf(ClaimNotFoundException.class);
    }

    @Test
    void aTotalExclusionNeedsItsReasonsButNotTheHeadsThePayersNorTheirStatements() {
        var v = fixtures.victim("Hugo Marty");
        claims.as(v.email(), () -> examinations.recordReport(v.reference(), report()));
        OfferInput c = OfferFixtures.complete(LocalDate.of(2026, 8, 3), List.of());
        fixtures.record(
                v,
                new OfferInput(
                        c.receivedOn(),
                        c.kind(),
                        c.insurerName(),
                        c.insurerAddress(),
                        c.insurerReference(),
                        true,
                        false,
                        PropertyDamage.ALREADY_SETTLED,
                        false,
                        false,
                        List.of(
                                HeadLine.of(DintilhacHead.DFT, "2000.00")
                                        .withReduction(
                                                "2000.00",
                                                "Faute inexcusable, cause exclusive de l’accident (loi 1985 art. 3)"),
                                HeadLine.of(DintilhacHead.SE, "6000.00").withReduction("6000.00", null))));
        assertThat(claims.as(v.email(), () -> offers.review(v.reference()))
                        .orElseThrow()
                        .missing())
                .as("no payer statements, PA/PEP/DFP omitted: not required in a total exclusion; one reason missing")
                .containsExactly(new Missing(MissingElement.REDUCTION_REASON, DintilhacHead.SE));
    }
}
