/**
 * The claim module's own machinery behind its services: who may see a claim
 * ({@link fr.victimportal.claim.internal.ClaimAccessPolicy}), the declaration and questionnaire rules, section saves
 * with their correction history, the assembly of a {@code ClaimFile}, the implementation of
 * {@link fr.victimportal.claim.spi.ClaimJobs}, and the claim's part of the data export. No other module uses it.
 */
@NullMarked
package fr.victimportal.claim.internal;

import org.jspecify.annotations.NullMarked;
