package fr.victimportal.claim;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimAccessPolicy.Access;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a claim besides its owner, for the other modules: who the current user is to a claim and which
 * active participants it has (medical asks this on every read), and a minimal way to add or end a participation
 * until invitations exist. Only the owner or an insurer agent may change the participants.
 */
@Service
@Transactional
public class ClaimParticipants {

    private static final Set<Role> PARTICIPANT_ROLES = Set.of(Role.HELPER, Role.DOCTOR, Role.EXPERT, Role.AGENT);

    private final ClaimAccessPolicy access;
    private final ClaimRepository claims;
    private final ClaimParticipantRepository participants;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    ClaimParticipants(ClaimAccessPolicy access, ClaimRepository claims, ClaimParticipantRepository participants,
            CurrentUser currentUser, AccountService accounts, Clock clock) {
        this.access = access;
        this.claims = claims;
        this.participants = participants;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** An active participant, with the name to show. */
    public record Participant(long userId, String displayName, Relation role) {
    }

    /** A claim as another module needs it: its id, the current user's relation to it, and its active participants. */
    public record ClaimContext(long claimId, String reference, long ownerId, Relation viewer,
            List<Participant> participants) {
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
    public java.util.Optional<ClaimContext> find(long claimId) {
        PortalUser user = currentUser.require();
        return claims.findById(claimId).flatMap(c -> access.relationOf(c, user).map(r -> toContext(new Access(c, r))));
    }

    /** Gives an account a part in the claim in its own role (HELPER, DOCTOR, EXPERT or AGENT). */
    public void add(String reference, long userId) {
        Access a = changer(reference);
        Role role = accounts.roleOf(userId).filter(PARTICIPANT_ROLES::contains)
                .orElseThrow(() -> new UserInputException(null, "claim.participant.error.role"));
        boolean already = participants.findByClaimIdAndUserId(a.claim().getId(), userId).stream()
                .anyMatch(p -> p.activeAt(clock.instant()));
        if (!already) {
            participants.save(new ClaimParticipant(a.claim().getId(), userId, role, clock.instant()));
        }
    }

    /**
     * Admits a person the owner invited (the doctor module's single-use invitation is the owner's consent, checked by
     * that module): they take part in their own role from now on. Returns the claim owner's id, to tell them.
     */
    public long admitInvited(String reference, long userId) {
        var claim = claims.findByReference(reference).orElseThrow(() -> new ClaimNotFoundException(reference));
        Role role = accounts.roleOf(userId).filter(PARTICIPANT_ROLES::contains)
                .orElseThrow(() -> new UserInputException(null, "claim.participant.error.role"));
        boolean already = participants.findByClaimIdAndUserId(claim.getId(), userId).stream()
                .anyMatch(p -> p.activeAt(clock.instant()));
        if (!already) {
            participants.save(new ClaimParticipant(claim.getId(), userId, role, clock.instant()));
        }
        return claim.getOwnerId();
    }

    /** Ends a participation now: every later read by that person is refused. */
    public void end(String reference, long userId) {
        Access a = changer(reference);
        participants.findByClaimIdAndUserId(a.claim().getId(), userId).stream()
                .filter(p -> p.activeAt(clock.instant())).forEach(p -> p.end(clock.instant()));
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
                .filter(p -> p.activeAt(clock.instant())).toList();
        Map<Long, String> names = accounts.displayNames(active.stream().map(ClaimParticipant::getUserId).toList());
        return new ClaimContext(a.claim().getId(), a.claim().getReference(), a.claim().getOwnerId(), a.relation(),
                active.stream().map(p -> new Participant(p.getUserId(), names.get(p.getUserId()),
                        Relation.valueOf(p.getRole().name()))).toList());
    }
}
