package fr.victimportal.doctor.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DoctorInvitationRepository extends JpaRepository<DoctorInvitation, Long> {

    Optional<DoctorInvitation> findByTokenHash(String tokenHash);

    List<DoctorInvitation> findByClaimReferenceAndStatusIn(
            String claimReference, Collection<DoctorInvitation.Status> statuses);
}
