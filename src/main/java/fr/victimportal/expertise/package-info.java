/**
 * The medical examination: notice (R211-43, at least 15 days before), appointment and report (R211-44, 20 days).
 * Supplies {@link fr.victimportal.claim.ExaminationFacts} and {@link fr.victimportal.claim.ReportFacts} to the claim.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "claim",
            "claim :: model",
            "claim :: demo",
            "claim :: events",
            "deadline"
        })
@NullMarked
package fr.victimportal.expertise;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
