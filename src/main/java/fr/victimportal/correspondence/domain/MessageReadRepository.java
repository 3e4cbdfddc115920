package fr.victimportal.correspondence.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MessageReadRepository extends JpaRepository<MessageRead, Long> {

    Optional<MessageRead> findByClaimIdAndUserId(long claimId, long userId);
}
