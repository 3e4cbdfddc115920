/**
 * Append-only audit trail of who did what to which claim (filled by the medical-documents issue).
 */
package fr.victimportal.audit;
