package fr.victimportal.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the expert's report (R211-44) states, supplied by the examination module (claim must not depend on it), so the
 * offer review can tell the victim which head the report retains and the offer leaves out (docs/legal-notes.md).
 */
public interface ReportFacts {

    /** A period of temporary functional deficit (DFT) at one class: 100 total, 75, 50, 25 or 10 per cent. */
    record DftPeriod(LocalDate from, LocalDate to, int rate) {
        public long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    /**
     * @param heads every Dintilhac head the report retains (DFT, SE, PET, PEP, DFP and the others it
     *              mentions, such as PA or ATP)
     */
    record ReportFigures(
            LocalDate reportDate,
            LocalDate consolidation,
            List<DftPeriod> dft,
            BigDecimal seGrade,
            BigDecimal petGrade,
            BigDecimal pepGrade,
            Integer dfpRate,
            Set<DintilhacHead> heads) {

        /** Days of DFT weighted by class (a day at 50 % counts half), the unit of the DFT benchmarks. */
        public BigDecimal dftFullDays() {
            return dft.stream()
                    .map(p -> BigDecimal.valueOf(p.days() * p.rate()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(100));
        }
    }

    /** The latest report figures recorded for one cycle (initial when {@code aggravationId} is null). */
    Optional<ReportFigures> latestReport(String claimReference, Long aggravationId);
}
