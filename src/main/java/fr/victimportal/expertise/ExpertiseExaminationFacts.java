package fr.victimportal.expertise;

import fr.victimportal.claim.ExaminationFacts;
import fr.victimportal.expertise.domain.ExaminationNoticeRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the claim's legal clock the exam date and the day its notice arrived (R211-43 check, R211-44 report). */
@Component
class ExpertiseExaminationFacts implements ExaminationFacts {

    private final ExaminationNoticeRepository notices;

    ExpertiseExaminationFacts(ExaminationNoticeRepository notices) {
        this.notices = notices;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Examination> latestExamination(String claimReference) {
        return latestExamination(claimReference, null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Examination> latestExamination(String claimReference, Long aggravationId) {
        return notices.findFirstByClaimReferenceAndAggravationIdOrderByIdDesc(claimReference, aggravationId)
                .map(n -> new Examination(n.input().examDate(), n.input().noticeReceivedOn(), n.getReportReceivedOn()));
    }
}
