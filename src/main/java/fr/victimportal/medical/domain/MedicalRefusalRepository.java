package fr.victimportal.medical.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MedicalRefusalRepository extends JpaRepository<MedicalRefusal, Long> {

    List<MedicalRefusal> findByClaimIdOrderByRecordedAtDesc(Long claimId);
}
