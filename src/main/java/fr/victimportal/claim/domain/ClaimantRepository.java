package fr.victimportal.claim.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimantRepository extends JpaRepository<Claimant, Long> {

    List<Claimant> findByClaimIdOrderByInvitedAtAsc(Long claimId);

    List<Claimant> findByClaimIdAndAccountId(Long claimId, Long accountId);

    Optional<Claimant> findByTokenHash(String tokenHash);

    List<Claimant> findByAccountId(Long accountId);
}
