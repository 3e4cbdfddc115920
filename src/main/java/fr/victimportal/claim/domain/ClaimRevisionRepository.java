package fr.victimportal.claim.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimRevisionRepository extends JpaRepository<ClaimRevision, Long> {

    List<ClaimRevision> findByClaimIdOrderByRevisedAtDesc(Long claimId);
}
