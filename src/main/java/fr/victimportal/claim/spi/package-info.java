/**
 * Calls without a caller check ({@link fr.victimportal.claim.spi.ClaimJobs}) and the claim's legal clock as the
 * reminder job reads it ({@link fr.victimportal.claim.spi.ClaimSchedule}). Only the modules whose
 * {@code @ApplicationModule} lists {@code "claim :: spi"} may use it: reminder (runs as nobody), mandate and doctor
 * (admit a person through their own single-use link).
 */
@NamedInterface("spi")
@NullMarked
package fr.victimportal.claim.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
