package fr.victimportal.claim;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditEntry;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.audit.AuditRecord;
import fr.victimportal.audit.AuditTrail;
import fr.victimportal.claim.internal.ClaimAccessPolicy;
import fr.victimportal.claim.internal.ClaimEdits;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.insurer.InsurerRef;
import fr.victimportal.insurer.Insurers;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who looked at a claim and why. An insurer agent gives a reason the first time they open a claim in a session; a
 * caseworker's opening is recorded with their mandate as the reason. Both go to the tamper-evident audit trail, and the
 * victim sees them on their dashboard and in their claim's history.
 */
@Service
@Transactional(readOnly = true)
public class ClaimConsultations {

    private static final String PREFIX = "reason:";

    /** Why an agent opens a claim, or MANDATE for a caseworker. */
    public enum Reason {
        PHONE_CALL,
        EMAIL,
        FOLLOW_UP,
        MANDATE
    }

    /** One opening as the victim reads it; {@code insurer} names the agent's insurer (null for a caseworker). */
    public record Consultation(
            Instant at,
            String who,
            Relation role,
            Reason reason,
            @Nullable String insurer) {}

    private final ClaimAccessPolicy access;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final AccountService accounts;
    private final Insurers insurers;
    private final ClaimEdits edits;
    private final Clock clock;

    ClaimConsultations(
            ClaimAccessPolicy access,
            CurrentUser currentUser,
            AuditTrail audit,
            AccountService accounts,
            Insurers insurers,
            ClaimEdits edits,
            Clock clock) {
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.accounts = accounts;
        this.insurers = insurers;
        this.edits = edits;
        this.clock = clock;
    }

    /**
     * Records that the current agent or caseworker opened the claim, and why. An agent must give a reason other than
     * MANDATE; a caseworker's reason is always MANDATE. The owner and the doctors are not recorded (they are not
     * asked); someone with no part in the claim gets "not found". An agent's first opening is the handling insurer's
     * first act on the claim: from then on the victim can no longer change insurer ({@link ClaimInsurers}).
     */
    @Transactional
    public void recordOpening(String reference, Reason reason) {
        PortalUser user = currentUser.require();
        ClaimAccessPolicy.Access a = access.require(reference, user);
        Reason why = switch (a.relation()) {
            case AGENT -> Objects.requireNonNull(reason == Reason.MANDATE ? null : reason, "an agent gives a reason");
            case HELPER -> Reason.MANDATE;
            default -> null;
        };
        if (a.relation() == Relation.AGENT) {
            a.claim().handling().acted(clock.instant());
        }
        if (why != null) {
            audit.record(new AuditRecord(
                    user.id(),
                    a.relation().name(),
                    a.claim().getId(),
                    PREFIX + why.name(),
                    AuditAction.CONSULT,
                    AuditOutcome.GRANTED));
        }
    }

    /** Whether the current user must be asked for a reason before opening this claim (an agent, not its owner). */
    public boolean asksReason(String reference) {
        return access.require(reference, currentUser.require()).relation() == Relation.AGENT;
    }

    /** The latest openings of the claim by agents and caseworkers, newest first, at most {@code limit}: owner only. */
    public List<Consultation> consultations(String reference, int limit) {
        ClaimAccessPolicy.Access a = access.require(reference, currentUser.require());
        if (a.relation() != Relation.OWNER) {
            throw new ClaimNotFoundException(reference);
        }
        List<AuditEntry> entries = audit.entriesForClaim(a.claim().getId(), AuditAction.CONSULT, limit);
        Map<Long, String> names = accounts.displayNames(entries.stream()
                .map(AuditEntry::actorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<ClaimEdits.InsurerChange> changes = edits.insurerChanges(a.claim());
        Long handling = a.claim().getHandlingInsurerId();
        String current = handling == null
                ? null
                : insurers.find(handling).map(InsurerRef::name).orElse(null);
        return entries.stream()
                .map(e -> new Consultation(
                        e.at(),
                        names.getOrDefault(e.actorId(), "?"),
                        Relation.valueOf(e.actorRole()),
                        reasonOf(e.subject()),
                        Relation.AGENT.name().equals(e.actorRole()) ? insurerAt(e.at(), changes, current) : null))
                .toList();
    }

    /**
     * The insurer that handled the claim at {@code at}, hence the one an agent opening it then worked for: the name
     * before the first later change of insurer, or the current one.
     */
    static @Nullable String insurerAt(Instant at, List<ClaimEdits.InsurerChange> changes, @Nullable String current) {
        return changes.stream()
                .filter(c -> c.at().isAfter(at))
                .findFirst()
                .map(c -> c.before().isEmpty() ? null : c.before())
                .orElse(current);
    }

    /** The reason written in an audit subject ({@code reason:PHONE_CALL}), or {@code null}. */
    public static Reason reasonOf(String subject) {
        if (subject == null || !subject.startsWith(PREFIX)) {
            return null;
        }
        try {
            return Reason.valueOf(subject.substring(PREFIX.length()));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
