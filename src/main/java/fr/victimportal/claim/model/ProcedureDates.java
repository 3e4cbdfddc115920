package fr.victimportal.claim.model;

import java.time.LocalDate;

/**
 * Wizard step 4, the dates the legal clock turns on: when the insurer was told of the accident (R211-29), when its
 * questionnaire was presented (R211-31), consolidation and the day the insurer learned of it (L211-9 al. 3).
 */
public record ProcedureDates(
        LocalDate declaredToInsurer,
        LocalDate questionnairePresented,
        LocalDate consolidation,
        LocalDate insurerKnewConsolidation) {}
