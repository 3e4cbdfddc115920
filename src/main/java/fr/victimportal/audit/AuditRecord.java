package fr.victimportal.audit;

/**
 * One thing to write to the trail. Minimal personal data (CNIL 2021-122): account id and role, never a name or a
 * document title. {@code claimId} may be null when the subject does not exist.
 */
public record AuditRecord(
        Long actorId, String actorRole, Long claimId, String subject, AuditAction action, AuditOutcome outcome) {}
