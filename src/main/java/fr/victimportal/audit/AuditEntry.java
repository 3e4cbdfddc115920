package fr.victimportal.audit;

import java.time.Instant;

/** One written entry of the trail, in order. */
public record AuditEntry(
        long seq,
        Instant at,
        Long actorId,
        String actorRole,
        Long claimId,
        String subject,
        AuditAction action,
        AuditOutcome outcome) {}
