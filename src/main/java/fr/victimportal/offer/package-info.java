/**
 * The insurer's offer head by head (Dintilhac), its review, acceptance, 15-day withdrawal (L211-16) and payment
 * (L211-17). Supplies {@link fr.victimportal.claim.SettlementFacts} to the claim.
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
            "audit",
            "notification"
        })
@NullMarked
package fr.victimportal.offer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
