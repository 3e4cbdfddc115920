package fr.victimportal.claim.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimantAnswersRepository extends JpaRepository<ClaimantAnswersRow, Long> {

    Optional<ClaimantAnswersRow> findByClaimantId(Long claimantId);
}
