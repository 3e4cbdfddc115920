package fr.victimportal.aggravation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AggravationRecordRepository extends JpaRepository<AggravationRecord, Long> {

    List<AggravationRecord> findByClaimReferenceOrderBySequenceNoAsc(String claimReference);

    Optional<AggravationRecord> findFirstByClaimReferenceOrderBySequenceNoDesc(String claimReference);
}
