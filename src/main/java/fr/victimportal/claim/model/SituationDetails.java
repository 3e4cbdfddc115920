package fr.victimportal.claim.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Wizard step 2, the facts that change the victim's rights: age at the accident and an 80 % disability title
 * (loi 1985 art. 3 al. 2), and for a driver their share of fault and their contract's driver guarantee (art. 4;
 * contractual cap in euros and incapacity threshold in %).
 */
public record SituationDetails(
        LocalDate birthDate,
        boolean disability80,
        DriverResponsibility driverResponsibility,
        YesNoUnknown driverGuarantee,
        BigDecimal guaranteeCap,
        Integer guaranteeThresholdPct,
        boolean livesAbroad) {}
