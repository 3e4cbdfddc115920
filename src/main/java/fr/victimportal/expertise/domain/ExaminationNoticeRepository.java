package fr.victimportal.expertise.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExaminationNoticeRepository extends JpaRepository<ExaminationNotice, Long> {

    Optional<ExaminationNotice> findFirstByClaimReferenceOrderByIdDesc(String claimReference);
}
