package fr.victimportal.claim.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HeirOpeningRepository extends JpaRepository<HeirOpening, Long> {

    Optional<HeirOpening> findByClaimId(Long claimId);
}
