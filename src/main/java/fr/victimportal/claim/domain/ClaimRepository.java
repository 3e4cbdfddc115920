package fr.victimportal.claim.domain;

import fr.victimportal.claim.model.ClaimStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClaimRepository extends JpaRepository<Claim, Long> {

    Optional<Claim> findByReference(String reference);

    List<Claim> findByOwnerIdOrderByCreatedAtDesc(Long ownerId);

    Optional<Claim> findFirstByOwnerIdAndStatus(Long ownerId, ClaimStatus status);

    /**
     * The agents' search: by reference, by owner, by the represented or deceased victim's name ({@code pattern}, a
     * lower-case LIKE pattern with the backslash as its escape), or by accident date, among the insurer's submitted
     * claims.
     */
    @Query("""
            select c from Claim c where c.status = fr.victimportal.claim.model.ClaimStatus.SUBMITTED
              and c.handling.insurerId = :insurer and (
              upper(c.reference) = upper(:text) or c.ownerId in :owners or c.accidentDate = :date
              or lower(c.representedName) like :pattern escape '\\')
            order by c.submittedAt desc""")
    List<Claim> search(
            @Param("insurer") long insurerId,
            @Param("text") String text,
            @Param("pattern") String pattern,
            @Param("owners") Collection<Long> owners,
            @Param("date") @Nullable LocalDate date,
            Limit limit);
}
