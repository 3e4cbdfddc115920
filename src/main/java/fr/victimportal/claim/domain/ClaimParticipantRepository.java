package fr.victimportal.claim.domain;

import fr.victimportal.account.Role;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimParticipantRepository extends JpaRepository<ClaimParticipant, Long> {

    List<ClaimParticipant> findByClaimIdAndUserId(Long claimId, Long userId);

    List<ClaimParticipant> findByUserId(Long userId);

    List<ClaimParticipant> findByClaimId(Long claimId);

    List<ClaimParticipant> findByUserIdAndRole(Long userId, Role role);
}
