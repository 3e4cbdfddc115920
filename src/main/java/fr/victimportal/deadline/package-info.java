/**
 * The legal clock of the loi Badinter procedure: pure-Java computation of every deadline that binds the victim, the
 * liable party's insurer or the examining doctor (Code des assurances L211-9 to L211-19, R211-29 to R211-44, Code
 * civil 2226), counted under CPC 641/642 (R211-36) with a French public-holiday calendar, plus an estimate of the
 * L211-13 and L211-17 interest penalties from the half-yearly legal-rate table.
 *
 * <p>Rules: only {@code java.*} imports (no framework, no database, no clock); "today" is always a parameter; no
 * user-facing text here, only stable codes the UI translates ({@code deadline.<CODE>.title} and so on, see
 * {@link fr.victimportal.deadline.DeadlineMessageKeys}). Legal points that {@code docs/legal-notes.md} marks unverified are
 * never hard-coded: each is one switch of {@link fr.victimportal.deadline.Interpretation} and every deadline it
 * touches says so ({@link fr.victimportal.deadline.Deadline#interpretations()}).
 *
 * <p>Entry points: {@link fr.victimportal.deadline.DeadlineEngine} (all deadlines of a claim, or those of one event)
 * and {@link fr.victimportal.deadline.PenaltyEstimator}.
 */
@ApplicationModule(
        allowedDependencies = {
            // its calculator page and JSON API use the shell; the engine itself is pure Java (ModularityTest)
            "shared"
        })
@NullMarked
package fr.victimportal.deadline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
