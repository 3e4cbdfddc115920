package fr.victimportal.notification.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnsubscribeTokenRepository extends JpaRepository<UnsubscribeToken, Long> {

    Optional<UnsubscribeToken> findByToken(String token);
}
