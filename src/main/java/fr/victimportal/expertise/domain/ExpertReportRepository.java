package fr.victimportal.expertise.domain;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertReportRepository extends JpaRepository<ExpertReport, Long> {

    /** The latest report of one cycle; a null aggravation id means the initial claim (Spring Data: IS NULL). */
    Optional<ExpertReport> findFirstByClaimReferenceAndAggravationIdOrderByIdDesc(
            String claimReference, @Nullable Long aggravationId);
}
