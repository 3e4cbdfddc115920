package fr.victimportal.claim.internal;

import fr.victimportal.account.PortalUser;
import fr.victimportal.account.Role;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.audit.AuditRecord;
import fr.victimportal.audit.AuditTrail;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.model.ClaimStatus;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who the current user is to a claim. The owner (but an heir who opened the claim after the victim's death is, once it
 * is sent, the heir they are: see {@link #relationOf}); an active participant in their role; or an agent of the claim's
 * handling insurer, who may open it once submitted (never a draft). An agent of another insurer gets the same "not
 * found" as anyone with no part in the claim, and the attempt is written to the audit trail (an insurer's claims
 * department reading another insurer's claims is what the trail is there to show).
 */
@Component
public class ClaimAccessPolicy {

    private static final Logger log = LoggerFactory.getLogger(ClaimAccessPolicy.class);

    private final ClaimRepository claims;
    private final ClaimParticipantRepository participants;
    private final Clock clock;
    private final AuditTrail audit;

    ClaimAccessPolicy(ClaimRepository claims, ClaimParticipantRepository participants, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.claims = claims;
        this.participants = participants;
        this.clock = clock;
    }

    public Optional<Relation> relationOf(Claim claim, PortalUser user) {
        boolean heirOpened = claim.representation().heir() && claim.getStatus() == ClaimStatus.SUBMITTED;
        if (claim.getOwnerId().equals(user.id()) && !heirOpened) {
            return Optional.of(Relation.OWNER);
        }
        // issue 24: the heir who opened the claim of a deceased victim owns it, but once it is sent they take part as
        // the heir they are (their RELATIVE participation, like an invited heir), never as the direct victim
        Optional<Relation> participant = participants.findByClaimIdAndUserId(claim.getId(), user.id()).stream()
                .filter(p -> p.activeAt(clock.instant()))
                // an agent taking part counts only while they belong to the handling insurer: after a transfer, or
                // if someone added another insurer's agent, the participation opens nothing
                .filter(p -> p.getRole() != Role.AGENT || user.agentOf(claim.getHandlingInsurerId()))
                .map(ClaimParticipant::getRole)
                .map(role -> Relation.valueOf(role.name()))
                .findFirst();
        if (participant.isPresent()) {
            return participant;
        }
        if (user.agentOf(claim.getHandlingInsurerId()) && claim.getStatus() == ClaimStatus.SUBMITTED) {
            return Optional.of(Relation.AGENT);
        }
        return Optional.empty();
    }

    /**
     * The claim and the user's relation to it, or "not found" (logged) when the user has no part in it. Inside one
     * read-only transaction (a screen built in one, issue 25) the answer for the same user and claim is kept until the
     * transaction ends, so the screen's services each check it without reading the claim again: the same managed
     * entity the read would return, never another user's or another transaction's (see {@link AccessMemo}).
     */
    public Access require(String reference, PortalUser user) {
        Map<String, Access> memo = AccessMemo.current(this);
        String key = user.id() + ":" + reference;
        Access known = memo == null ? null : memo.get(key);
        if (known != null) {
            return known;
        }
        Access a = check(reference, user);
        if (memo != null) {
            memo.put(key, a);
        }
        return a;
    }

    private Access check(String reference, PortalUser user) {
        Optional<Claim> claim = reference == null ? Optional.empty() : claims.findByReference(reference);
        Optional<Relation> relation = claim.flatMap(c -> relationOf(c, user));
        if (relation.isEmpty()) {
            log.warn(
                    "Account {} ({}) asked for claim '{}', which {}",
                    user.id(),
                    user.role(),
                    printable(reference),
                    claim.isPresent() ? "exists but is not theirs" : "does not exist");
            if (claim.isPresent() && user.role() == Role.AGENT && claim.get().getStatus() == ClaimStatus.SUBMITTED) {
                // another insurer's claim: the trail keeps the attempt (in a transaction of its own); the agent
                // is told exactly what a reference that does not exist tells
                audit.record(new AuditRecord(
                        user.id(),
                        Role.AGENT.name(),
                        claim.get().getId(),
                        "claim",
                        AuditAction.OPEN_CLAIM,
                        AuditOutcome.DENIED));
            }
            throw new ClaimNotFoundException(reference);
        }
        return new Access(
                claim.get(), relation.get(), relation.get() == Relation.HELPER ? scopeOf(claim.get(), user) : Set.of());
    }

    /** The scope of the caseworker's active mandate on the claim (empty when none). */
    public Set<HelperScope> scopeOf(Claim claim, PortalUser user) {
        return participants.findByClaimIdAndUserId(claim.getId(), user.id()).stream()
                .filter(p -> p.activeAt(clock.instant()) && p.getRole() == Role.HELPER)
                .map(p -> HelperScope.decode(p.getScope()))
                .findFirst()
                .orElse(EnumSet.noneOf(HelperScope.class));
    }

    /** What the user typed, safe for a log line: no line breaks or control characters, 40 characters at most. */
    static String printable(String typed) {
        if (typed == null) {
            return "";
        }
        String clean = typed.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    /** The claim, the user's relation to it and, for a caseworker, what their mandate covers. */
    public record Access(Claim claim, Relation relation, Set<HelperScope> scope) {
        public Access(Claim claim, Relation relation) {
            this(claim, relation, Set.of());
        }

        /** Whether the user may do what the scope item covers: anyone but a caseworker, or one whose mandate has it. */
        public boolean allows(HelperScope item) {
            return (relation != Relation.HELPER && relation != Relation.RELATIVE) || scope.contains(item);
        }
    }
}
