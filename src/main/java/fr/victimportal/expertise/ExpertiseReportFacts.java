package fr.victimportal.expertise;

import fr.victimportal.claim.DintilhacHead;
import fr.victimportal.claim.ReportFacts;
import fr.victimportal.expertise.domain.ExpertReport;
import fr.victimportal.expertise.domain.ExpertReportRepository;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
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
                .map(ExpertReport::input)
                .map(ExpertiseReportFacts::figures);
    }

    static ReportFigures figures(ReportInput in) {
        Set<DintilhacHead> heads = EnumSet.noneOf(DintilhacHead.class);
        heads.addAll(in.otherHeads());
        if (!in.dft().isEmpty()) {
            heads.add(DintilhacHead.DFT);
        }
        if (in.seGrade() != null) {
            heads.add(DintilhacHead.SE);
        }
        if (in.petGrade() != null) {
            heads.add(DintilhacHead.PET);
        }
        if (in.pepGrade() != null) {
            heads.add(DintilhacHead.PEP);
        }
        if (in.dfpRate() != null) {
            heads.add(DintilhacHead.DFP);
        }
        return new ReportFigures(
                in.reportDate(),
                in.consolidation(),
                in.dft(),
                in.seGrade(),
                in.petGrade(),
                in.pepGrade(),
                in.dfpRate(),
                Set.copyOf(heads));
    }
}
