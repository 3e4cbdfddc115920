package fr.victimportal.insurer.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgentInvitationRepository extends JpaRepository<AgentInvitation, Long> {

    Optional<AgentInvitation> findByTokenHash(String tokenHash);

    List<AgentInvitation> findByInsurerIdAndStatusOrderByInvitedAtDesc(Long insurerId, AgentInvitation.Status status);

    List<AgentInvitation> findByInsurerIdAndEmailAndStatus(Long insurerId, String email, AgentInvitation.Status status);

    List<AgentInvitation> findByAccountIdAndStatus(Long accountId, AgentInvitation.Status status);

    boolean existsByInsurerIdAndAccountId(Long insurerId, Long accountId);
}
