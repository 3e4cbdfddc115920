/**
 * Aggravation after settlement (L211-19, C. civ. 2226): the victim declares that their condition got worse; a new
 * cycle (questionnaire, examination, offer, settlement) opens on the same claim, and each aggravation's consolidation
 * starts its own 10 years. Supplies {@link fr.victimportal.claim.ClaimCycles} to the claim, expertise and offer modules.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "claim",
            "claim :: model",
            // the notices run as nobody: they ask which insurer handles the claim, and tell its agents
            "claim :: spi",
            "insurer",
            "claim :: demo",
            "deadline",
            // it tells the insurer's agents of a declaration
            "notification"
        })
@NullMarked
package fr.victimportal.aggravation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
