package fr.victimportal.medical.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MedicalDocumentRepository extends JpaRepository<MedicalDocument, Long> {

    List<MedicalDocument> findByClaimIdOrderByDocumentDateDescIdDesc(Long claimId);

    long countByClaimId(Long claimId);

    @Query("select coalesce(sum(d.sizeBytes), 0) from MedicalDocument d where d.claimId = ?1")
    long totalSizeOfClaim(Long claimId);
}
