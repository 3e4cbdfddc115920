/**
 * Association mandates (docs/legal-notes.md; loi 71-1130 art. 63; Cass. 2e civ. 7 May 2025): the victim signs a mandate that
 * lists its scope item by item, its end and the association's standing; the caseworker accepts through a single-use
 * link and takes part in the claim as HELPER within that scope; the victim revokes it at any moment, which ends the
 * caseworker's access and sessions at once.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "claim",
            "claim :: model",
            // the caseworker is admitted through the mandate's own single-use link
            "claim :: spi",
            "audit",
            "notification"
        })
@NullMarked
package fr.victimportal.mandate;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
