package fr.victimportal.claim;

import fr.victimportal.deadline.Aggravation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The procedure cycles of a claim, supplied by the aggravation module (claim must not depend on it). The initial
 * cycle is the claim itself; each aggravation declared after the settlement (L211-19) opens a new one, and the
 * examination and the offer recorded from then on belong to it.
 */
public interface ClaimCycles {

    /** The aggravation whose cycle is the current one (the latest declared), or empty for the initial cycle. */
    Optional<Long> currentCycle(String claimReference);

    /** Every aggravation whose consolidation is known, in order: each opens its own 10 years (C. civ. 2226). */
    List<Aggravation> consolidatedAggravations(String claimReference);

    /** How an aggravation's cycle began: the day it was declared and the day its questionnaire was answered. */
    record Opening(LocalDate declaredOn, LocalDate questionnaireAnsweredOn) {}

    /** The declaration and questionnaire of one aggravation, for the procedure stage (empty if unknown). */
    default Optional<Opening> opening(String claimReference, long aggravationId) {
        return Optional.empty();
    }

    /** Without the aggravation module: the initial cycle only. */
    ClaimCycles INITIAL_ONLY = new ClaimCycles() {
        @Override
        public Optional<Long> currentCycle(String claimReference) {
            return Optional.empty();
        }

        @Override
        public List<Aggravation> consolidatedAggravations(String claimReference) {
            return List.of();
        }
    };
}
