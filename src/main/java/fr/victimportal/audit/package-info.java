/**
 * Append-only audit trail: who did what to which document, when, and with what outcome. Each entry carries the hash
 * of the previous one, so an edited or deleted row is detected by {@link fr.victimportal.audit.AuditTrail#verify()}
 * (docs/legal-notes.md "Access logging"; CNIL délibération 2021-122). Depends on shared only.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package fr.victimportal.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
