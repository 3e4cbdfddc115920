package fr.victimportal.expertise.domain;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExaminationNoticeRepository extends JpaRepository<ExaminationNotice, Long> {

    Optional<ExaminationNotice> findFirstByClaimReferenceOrderByIdDesc(String claimReference);

    /** The latest notice of one cycle; a null aggravation id means the initial claim (Spring Data: IS NULL). */
    Optional<ExaminationNotice> findFirstByClaimReferenceAndAggravationIdOrderByIdDesc(
            String claimReference, @Nullable Long aggravationId);
}
