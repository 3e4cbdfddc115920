package fr.victimportal.mandate.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MandateRepository extends JpaRepository<Mandate, Long> {

    List<Mandate> findByClaimReferenceOrderBySignedAtDesc(String claimReference);

    Optional<Mandate> findByTokenHash(String tokenHash);

    List<Mandate> findByVictimUserId(Long victimUserId);

    List<Mandate> findByHelperUserId(Long helperUserId);
}
