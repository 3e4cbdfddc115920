package fr.victimportal.aggravation;

import fr.victimportal.aggravation.domain.AggravationRecord;
import fr.victimportal.aggravation.domain.AggravationRecordRepository;
import fr.victimportal.claim.ClaimCycles;
import fr.victimportal.deadline.Aggravation;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the claim, the examination and the offer which cycle a claim is in, and the aggravations' consolidations. */
@Component
class AggravationCycles implements ClaimCycles {

    private final AggravationRecordRepository records;

    AggravationCycles(AggravationRecordRepository records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> currentCycle(String claimReference) {
        return records.findFirstByClaimReferenceOrderBySequenceNoDesc(claimReference)
                .map(AggravationRecord::getId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Opening> opening(String claimReference, long aggravationId) {
        return records.findById(aggravationId)
                .filter(r -> claimReference.equals(r.getClaimReference()))
                .map(r -> new Opening(r.getDeclaredOn(), r.getQuestionnaireAnsweredOn()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Aggravation> consolidatedAggravations(String claimReference) {
        return records.findByClaimReferenceOrderBySequenceNoAsc(claimReference).stream()
                .filter(r -> r.getConsolidationOn() != null)
                .map(r -> Aggravation.consolidatedOn(r.getConsolidationOn()))
                .toList();
    }
}
