/**
 * The family around a claim (issue 24, first slice): recording the death of the direct victim with its proof, and the
 * screens where the victim invites a relative, the insurer's agent adds the heirs, and an invitee accepts. The data
 * and rules live in the claim module ({@code ClaimFamily}, {@code ClaimRelatives}) and in the medical module (the
 * objection, CSP L1110-4 V); this module brings the proof (a medical-module document) and the claim together.
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "claim", "claim :: model", "medical", "deadline"})
@NullMarked
package fr.victimportal.family;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
