package fr.victimportal.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.offer.OfferReview.Position;
import fr.victimportal.offer.OfferReview.Status;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DFP per-point table format an operator loads (docs/legal-notes.md: the portal ships none). The rows below are a test
 * fixture labelled as such, not figures of any référentiel.
 */
class DfpBenchmarkTest {

    private static final String OPERATOR_FILE = """
            head;grade;low;high;unit;referential;source;year;version;age;rate
            DFP;;1000;1400;EUR_PER_POINT;TABLE DE TEST (pas un référentiel);test;2026;test-1;31-40;6-10
            DFP;;1500;1900;EUR_PER_POINT;TABLE DE TEST (pas un référentiel);test;2026;test-1;31-40;11-15
            DFP;;800;1100;EUR_PER_POINT;TABLE DE TEST (pas un référentiel);test;2026;test-1;41-50;6-10
            """;

    @Test
    void theShippedTableHasNoDfpFigureAndTheReviewSaysSo() {
        BenchmarkTable shipped = new BenchmarkTable("");
        assertThat(shipped.forHead(DintilhacHead.DFP)).isEmpty();
        assertThat(OfferReviewer.dfpBenchmark(
                                HeadLine.of(DintilhacHead.DFP, "9000.00"),
                                shipped.forHead(DintilhacHead.DFP),
                                new OfferReviewer.DfpContext(8, 36))
                        .status())
                .isEqualTo(Status.NO_BENCHMARK);
    }

    @Test
    void anOperatorsTableIsReadByAgeAndRateBandAndTheOfferIsComparedPerPoint(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("referentiel.csv");
        Files.writeString(file, OPERATOR_FILE);
        List<Benchmark> dfp = new BenchmarkTable(file.toString()).forHead(DintilhacHead.DFP);
        assertThat(dfp).hasSize(3).allSatisfy(b -> assertThat(b.unit()).isEqualTo(Benchmark.Unit.EUR_PER_POINT));

        // 8 % at 36: 9,000 € is 1,125 € a point, within 1,000–1,400
        var within = OfferReviewer.dfpBenchmark(
                HeadLine.of(DintilhacHead.DFP, "9000.00"), dfp, new OfferReviewer.DfpContext(8, 36));
        assertThat(within.status()).isEqualTo(Status.COMPARED);
        assertThat(within.compared()).isEqualByComparingTo("1125.00");
        assertThat(within.comparisons()).singleElement().satisfies(c -> {
            assertThat(c.position()).isEqualTo(Position.WITHIN);
            assertThat(c.low()).isEqualByComparingTo("1000");
        });
        // the same 9,000 € at 12 %: 750 € a point, below 1,500–1,900
        assertThat(OfferReviewer.dfpBenchmark(
                                HeadLine.of(DintilhacHead.DFP, "9000.00"), dfp, new OfferReviewer.DfpContext(12, 36))
                        .comparisons())
                .singleElement()
                .satisfies(c -> assertThat(c.position()).isEqualTo(Position.BELOW));
        // no rate yet (no report figures): the screen asks for it
        assertThat(OfferReviewer.dfpBenchmark(
                                HeadLine.of(DintilhacHead.DFP, "9000.00"), dfp, new OfferReviewer.DfpContext(null, 36))
                        .status())
                .isEqualTo(Status.NEEDS_GRADE);
        // an age no row covers: no comparison, no invented figure
        assertThat(OfferReviewer.dfpBenchmark(
                                HeadLine.of(DintilhacHead.DFP, "9000.00"), dfp, new OfferReviewer.DfpContext(8, 70))
                        .status())
                .isEqualTo(Status.NO_BENCHMARK);
    }

    @Test
    void aPerPointRowWithoutItsBandsOrABandOnAnotherRowIsRefusedAtStart() {
        assertThatThrownBy(() -> BenchmarkTable.parse(
                        new StringReader("header\nDFP;;1000;1400;EUR_PER_POINT;T;t;2026;v\n"), "dfp.csv"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BenchmarkTable.parse(
                        new StringReader("header\nSE;3;1000;1400;EUR;T;t;2026;v;31-40;6-10\n"), "dfp.csv"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BenchmarkTable.parse(
                        new StringReader("header\nDFP;;1000;1400;EUR_PER_POINT;T;t;2026;v;31;6-10\n"), "dfp.csv"))
                .isInstanceOf(IllegalStateException.class);
    }
}
