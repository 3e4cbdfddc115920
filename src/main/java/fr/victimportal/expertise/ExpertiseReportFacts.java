package fr.victimportal.expertise;

import fr.victimportal.claim.ReportFacts;
import fr.victimportal.expertise.domain.ExpertReport;
import fr.victimportal.expertise.domain.ExpertReportRepository;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the offer review the figures of the expert's report, and the heads it retains. */
@Component
class ExpertiseReportFacts implements ReportFacts {

    private final ExpertReportRepository reports;

    ExpertiseReportFacts(ExpertReportRepository reports) {
        this.reports = reports;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReportFigures> latestReport(String claimReference, Long aggravationId) {
        return reports.findFirstByClaimReferenceAndAggravationIdOrderByIdDesc(claimReference, aggravationId)
                .map(ExpertReport::input).map(ExpertiseReportFacts::figures);
    }

    static ReportFigures figures(ReportInput in) {
        Set<String> heads = new TreeSet<>(in.otherHeads());
        if (!in.dft().isEmpty()) {
            heads.add("DFT");
        }
        if (in.seGrade() != null) {
            heads.add("SE");
        }
        if (in.petGrade() != null) {
            heads.add("PET");
        }
        if (in.pepGrade() != null) {
            heads.add("PEP");
        }
        if (in.dfpRate() != null) {
            heads.add("DFP");
        }
        return new ReportFigures(in.reportDate(), in.consolidation(), in.dft(), in.seGrade(), in.petGrade(),
                in.pepGrade(), in.dfpRate(), Set.copyOf(heads));
    }
}
