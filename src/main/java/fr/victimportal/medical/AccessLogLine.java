package fr.victimportal.medical;

import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.claim.ClaimConsultations;
import java.time.Instant;

/** One line of the victim's access log: who (name and role), what, which document, when, and how it ended. */
public record AccessLogLine(
        Instant at,
        String who,
        String role,
        AuditAction action,
        AuditOutcome outcome,
        String documentTitle,
        ClaimConsultations.Reason reason) {}
