package fr.victimportal.claim;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the claim's legal clock needs to know of the insurer's medical examination, supplied by the module that records
 * the notice (claim must not depend on it): the exam date starts the R211-44 report period, and with the day the
 * notice arrived it gives the R211-43 check.
 */
public interface ExaminationFacts {

    /** @param reportReceivedOn the day the R211-44 report reached the victim, or {@code null} while it has not */
    record Examination(LocalDate examinationDate, LocalDate noticeReceivedOn, LocalDate reportReceivedOn) {}

    /** The latest examination notice of the initial cycle (before any aggravation), if any. */
    Optional<Examination> latestExamination(String claimReference);

    /** The latest examination notice of one cycle (initial when {@code aggravationId} is null), if any. */
    default Optional<Examination> latestExamination(String claimReference, Long aggravationId) {
        return aggravationId == null ? latestExamination(claimReference) : Optional.empty();
    }
}
