/**
 * Directory of assisting doctors, the victim's choice and the doctor's invitation (R211-43). The invitation's
 * single-use link is the owner's consent, so the doctor is admitted through
 * {@link fr.victimportal.claim.spi.ClaimJobs}.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "claim",
            "claim :: model",
            // the doctor is admitted through the invitation's own single-use link
            "claim :: spi",
            "notification",
            // each change of the shared directory is in the audit trail, with the agent's insurer
            "audit"
        })
@NullMarked
package fr.victimportal.doctor;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
