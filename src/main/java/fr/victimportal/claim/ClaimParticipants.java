package fr.victimportal.claim;

import fr.victimportal.account.AccountDeleted;
import fr.victimportal.account.AccountService;
import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.account.Role;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.internal.ClaimAccessPolicy;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a claim besides its owner, for the other modules: who the current user is to a claim and which
 * active participants it has (medical asks this on every read), and a minimal way to add or end a participation
 * until invitations exist. Only the owner or an insurer agent may change the participants; the modules that admit
 * someone through their own single-use link use {@link fr.victimportal.claim.spi.ClaimJobs}.
 */
@Service
@Transactional
public class ClaimParticipants {

    /** The roles that take part in a claim besides its owner. */
    public static final Set<Role> PARTICIPANT_ROLES = Set.of(Role.HELPER, Role.DOCTOR, Role.EXPERT, Role.AGENT);

    private final ClaimAccessPolicy access;
    private final ClaimRepository claims;
    private final ClaimParticipantRepository participants;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    ClaimParticipants(
            ClaimAccessPolicy access,
            ClaimRepository claims,
            ClaimParticipantRepository participants,
            CurrentUser currentUser,
            AccountService accounts,
            Clock clock) {
        this.access = access;
        this.claims = claims;
        this.participants = participants;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** An active participant, with the name to show. */
    public record Participant(long userId, String displayName, Relation role) {}

    /** A claim as another module needs it: its id, the current user's relation to it, and its active participants. */
    public record ClaimContext(
            long claimId,
            String reference,
            long ownerId,
            Relation viewer,
            List<Participant> participants,
            Set<HelperScope> helperScope) {

        /** Anyone but a caseworker or a relative (issue 24: none of the items); a caseworker when their mandate covers it. */
        public boolean allows(HelperScope item) {
            return (viewer != Relation.HELPER && viewer != Relation.RELATIVE) || helperScope.contains(item);
        }

        /** Throws "not found" unless {@link #allows}: a caseworker asking beyond the mandate learns nothing more. */
        public ClaimContext require(HelperScope item) {
            if (!allows(item)) {
                throw new ClaimNotFoundException(reference);
            }
            return this;
        }
    }

    /** Throws {@link ClaimNotFoundException} when the current user has no part in the claim. */
    @Transactional(readOnly = true)
    public ClaimContext context(String reference) {
        return toContext(access.require(reference, currentUser.require()));
    }

    /** The same by the claim's id (documents point at their claim by id); "not found" likewise. */
    @Transactional(readOnly = true)
    public ClaimContext context(long claimId) {
        String reference = claims.findById(claimId).map(c -> c.getReference()).orElse(null);
        return context(reference);
    }

    /**
     * The same without an exception when the user has no part in the claim, for callers that list several claims
     * (an exception crossing this transactional method would mark the caller's transaction for rollback).
     */
    @Transactional(readOnly = true)
    public Optional<ClaimContext> find(long claimId) {
        PortalUser user = currentUser.require();
        return claims.findById(claimId)
                .flatMap(c -> access.relationOf(c, user)
                        .map(r -> toContext(
                                new Access(c, r, r == Relation.HELPER ? access.scopeOf(c, user) : Set.of()))));
    }

    /** Gives an account a part in the claim in its own role (HELPER, DOCTOR, EXPERT or AGENT). */
    public void add(String reference, long userId) {
        Access a = changer(reference);
        Role role = accounts.roleOf(userId)
                .filter(PARTICIPANT_ROLES::contains)
                .orElseThrow(() -> new UserInputException(null, "claim.participant.error.role"));
        boolean already = participants.findByClaimIdAndUserId(a.claim().getId(), userId).stream()
                .anyMatch(p -> p.activeAt(clock.instant()));
        if (!already) {
            participants.save(new ClaimParticipant(a.claim().getId(), userId, role, clock.instant()));
        }
    }

    /** Ends a participation now: every later read by that person is refused. */
    public void end(String reference, long userId) {
        Access a = changer(reference);
        participants.findByClaimIdAndUserId(a.claim().getId(), userId).stream()
                .filter(p -> p.activeAt(clock.instant()))
                .forEach(p -> p.end(clock.instant()));
    }

    private Access changer(String reference) {
        PortalUser user = currentUser.require();
        Access a = access.require(reference, user);
        if (a.relation() != Relation.OWNER && a.relation() != Relation.AGENT) {
            throw new ClaimNotFoundException(reference);
        }
        return a;
    }

    private ClaimContext toContext(Access a) {
        List<ClaimParticipant> active = participants.findByClaimId(a.claim().getId()).stream()
                .filter(p -> p.activeAt(clock.instant()))
                .toList();
        Map<Long, String> names = accounts.displayNames(
                active.stream().map(ClaimParticipant::getUserId).toList());
        return new ClaimContext(
                a.claim().getId(),
                a.claim().getReference(),
                a.claim().getOwnerId(),
                a.relation(),
                active.stream()
                        .map(p -> new Participant(
                                p.getUserId(),
                                names.get(p.getUserId()),
                                Relation.valueOf(p.getRole().name())))
                        .toList(),
                a.scope());
    }

    /**
     * A deleted account: nobody takes part any more in the claims it owned, and it takes part in none (its own
     * participations end too).
     */
    @EventListener
    public void on(AccountDeleted event) {
        Instant now = clock.instant();
        claims.findByOwnerIdOrderByCreatedAtDesc(event.userId())
                .forEach(c -> participants.findByClaimId(c.getId()).stream()
                        .filter(p -> p.activeAt(now))
                        .forEach(p -> p.end(now)));
        participants.findByUserId(event.userId()).stream()
                .filter(p -> p.activeAt(now))
                .forEach(p -> p.end(now));
    }

    /** The claim's id for its reference (audit entries point at claims by id), or {@code null}. */
    @Transactional(readOnly = true)
    public Long claimId(String reference) {
        return claims.findByReference(reference).map(c -> c.getId()).orElse(null);
    }

    /** The claims on which the current user is an active caseworker, with each mandate's scope and end. */
    @Transactional(readOnly = true)
    public List<HelperClaim> myMandatedClaims() {
        PortalUser user = currentUser.require();
        List<ClaimParticipant> mine = participants.findByUserIdAndRole(user.id(), Role.HELPER).stream()
                .filter(p -> p.activeAt(clock.instant()))
                .toList();
        Map<Long, Claim> byId = claims
                .findAllById(mine.stream().map(ClaimParticipant::getClaimId).toList())
                .stream()
                .collect(Collectors.toMap(c -> c.getId(), c -> c));
        Map<Long, String> members = accounts.displayNames(
                byId.values().stream().map(Claim::getOwnerId).distinct().toList());
        return mine.stream()
                .filter(p -> byId.containsKey(p.getClaimId()))
                .map(p -> {
                    var c = byId.get(p.getClaimId());
                    return new HelperClaim(
                            c.getReference(),
                            members.get(c.getOwnerId()),
                            HelperScope.decode(p.getScope()),
                            p.getUntil());
                })
                .toList();
    }

    /** One member's claim as their caseworker sees it in the list. */
    public record HelperClaim(String reference, String memberName, Set<HelperScope> scope, Instant until) {}
}
