/**
 * The insurer's offer head by head (Dintilhac), its review, acceptance, 15-day withdrawal (L211-16) and payment (L211-17); filled by the offer issue.
 */
package fr.victimportal.offer;
