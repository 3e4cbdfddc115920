/**
 * The claim file: declaration, injury questionnaire, liability and coverage, participants, and the legal clock
 * applied to the claim.
 *
 * <p>Its root is what other modules call or implement: the services that check the current user on every call
 * ({@link fr.victimportal.claim.ClaimService}, {@link fr.victimportal.claim.ClaimParticipants},
 * {@link fr.victimportal.claim.ClaimDeadlines}, {@link fr.victimportal.claim.ClaimConsultations},
 * {@link fr.victimportal.claim.AgentQueue}), the facts other modules supply ({@link fr.victimportal.claim.ClaimCycles},
 * {@link fr.victimportal.claim.SettlementFacts}, {@link fr.victimportal.claim.ExaminationFacts},
 * {@link fr.victimportal.claim.ReportFacts}, {@link fr.victimportal.claim.OwnedClaimsSection}) and the events it
 * publishes. Named interfaces: {@code model} (the read models others receive), {@code spi} (calls without a caller
 * check, for the jobs and the modules that check consent themselves) and {@code demo} (the demo story's dates).
 * {@code internal}, {@code domain} and {@code ui} are the module's own.
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "insurer", "deadline", "audit", "notification"})
@NullMarked
package fr.victimportal.claim;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
