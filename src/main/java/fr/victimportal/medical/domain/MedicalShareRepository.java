package fr.victimportal.medical.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MedicalShareRepository extends JpaRepository<MedicalShare, Long> {

    List<MedicalShare> findByDocumentIdIn(Collection<Long> documentIds);

    List<MedicalShare> findByDocumentIdAndRecipientId(Long documentId, Long recipientId);

    List<MedicalShare> findByRecipientId(Long recipientId);
}
