/**
 * The claim file: declaration, injury questionnaire, liability and coverage, participants (filled by the claim-file issue).
 */
package fr.victimportal.claim;
