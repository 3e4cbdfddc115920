/**
 * The claim's screens: the declaration wizard, the dashboard, the questionnaire, the agents' queue and the
 * consultations record.
 */
@NullMarked
package fr.victimportal.claim.ui;

import org.jspecify.annotations.NullMarked;
