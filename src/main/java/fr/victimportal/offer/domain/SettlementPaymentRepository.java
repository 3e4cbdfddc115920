package fr.victimportal.offer.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SettlementPaymentRepository extends JpaRepository<SettlementPayment, Long> {

    /** A settlement's payments in the order they were made. */
    List<SettlementPayment> findBySettlementIdOrderByPaidOnAscIdAsc(Long settlementId);
}
