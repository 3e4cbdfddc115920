/**
 * The claim module's tables: the claim, its vehicles, participants, corrections history and injury questionnaire.
 * Only the claim module reads or writes them.
 */
@NullMarked
package fr.victimportal.claim.domain;

import org.jspecify.annotations.NullMarked;
