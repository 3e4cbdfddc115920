package fr.victimportal.expertise;

import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.ReportFacts.DftPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The figures copied from the expert's report.
 *
 * @param otherHeads the other Dintilhac heads the report retains (PA, PS, ATP, PGPF …)
 */
public record ReportInput(
        LocalDate reportDate,
        LocalDate consolidation,
        List<DftPeriod> dft,
        BigDecimal seGrade,
        BigDecimal petGrade,
        BigDecimal pepGrade,
        Integer dfpRate,
        Set<DintilhacHead> otherHeads) {

    /** Days of DFT weighted by class (a day at 50 % counts half), the figure the report page states. */
    public BigDecimal dftFullDays() {
        return ExpertiseReportFacts.figures(this).dftFullDays();
    }
}
