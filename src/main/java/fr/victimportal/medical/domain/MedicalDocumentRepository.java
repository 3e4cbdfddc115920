package fr.victimportal.medical.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MedicalDocumentRepository extends JpaRepository<MedicalDocument, Long> {

    List<MedicalDocument> findByClaimIdOrderByDocumentDateDescIdDesc(Long claimId);

    long countByClaimId(Long claimId);

    @Query("select coalesce(sum(d.sizeBytes), 0) from MedicalDocument d where d.claimId = ?1")
    long totalSizeOfClaim(Long claimId);

    /**
     * Locks the claim's row until the transaction ends (SELECT ... FOR UPDATE, H2 and PostgreSQL): two uploads to one
     * claim count its documents and store theirs one after the other, so the limits hold under concurrency.
     */
    @Query(value = "select id from claim where id = ?1 for update", nativeQuery = true)
    @Nullable
    Long lockClaim(long claimId);
}
