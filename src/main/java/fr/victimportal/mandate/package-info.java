/**
 * Association mandates: scope, grant and revocation within loi 71-1130 art. 63 and Cass. 2e civ. 7 May 2025 (filled by the people issue).
 */
package fr.victimportal.mandate;
