package fr.victimportal.medical.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MedicalObjectionRepository extends JpaRepository<MedicalObjection, Long> {

    List<MedicalObjection> findByClaimId(Long claimId);
}
