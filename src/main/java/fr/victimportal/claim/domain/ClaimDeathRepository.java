package fr.victimportal.claim.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimDeathRepository extends JpaRepository<ClaimDeath, Long> {

    Optional<ClaimDeath> findByClaimId(Long claimId);
}
