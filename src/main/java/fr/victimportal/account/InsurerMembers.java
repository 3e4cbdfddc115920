package fr.victimportal.account;

import fr.victimportal.account.domain.UserAccount;
import fr.victimportal.account.domain.UserAccountRepository;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents of the signed-in insurer's administrator's own insurer: listing, retiring and unlocking them. Each call
 * reads the caller's insurer from their session; an agent of another insurer is not found, like an unknown id, and
 * nothing changes. (The invitations are the insurer module's.)
 */
@Service
@Transactional
public class InsurerMembers {

    private static final Logger log = LoggerFactory.getLogger(InsurerMembers.class);

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    InsurerMembers(UserAccountRepository accounts, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** An agent as their administrator sees them: no personal data beyond name, address and sign-in facts. */
    public record Member(
            long id,
            String email,
            String displayName,
            @Nullable Instant lockedUntil,
            @Nullable Instant retiredAt,
            @Nullable Instant lastLoginAt) {

        public boolean lockedAt(Instant now) {
            return retiredAt == null && lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    /** The insurer the caller administers. */
    @RolesAllowed("INSURER_ADMIN")
    @Transactional(readOnly = true)
    public long myInsurer() {
        Long insurer = currentUser.require().insurerId();
        if (insurer == null) {
            throw new IllegalStateException(
                    "Administrator " + currentUser.require().id() + " has no insurer");
        }
        return insurer;
    }

    /** The insurer's agents who have set up their account (retired ones included), by name. */
    @RolesAllowed("INSURER_ADMIN")
    @Transactional(readOnly = true)
    public List<Member> myAgents() {
        return accounts.findByInsurerIdAndRoleAndDeletedAtIsNullOrderByDisplayNameAsc(myInsurer(), Role.AGENT).stream()
                .filter(a -> a.getEmailVerifiedAt() != null)
                .map(InsurerMembers::member)
                .toList();
    }

    /** Ids of every agent the insurer has had (retired and deleted ones included): whose actions the journal lists. */
    @RolesAllowed("INSURER_ADMIN")
    @Transactional(readOnly = true)
    public List<Long> myAgentIds() {
        return accounts.findByInsurerIdAndRole(myInsurer(), Role.AGENT).stream()
                .map(UserAccount::getId)
                .toList();
    }

    /**
     * Retires one of the insurer's agents: the account no longer signs in and every session of it ends at its next
     * request. Already retired: nothing more happens. Empty when the id is not one of the insurer's agents.
     */
    @RolesAllowed("INSURER_ADMIN")
    public Optional<Member> retire(long agentId) {
        return mine(agentId).map(a -> {
            if (a.getRetiredAt() == null) {
                a.retire(clock.instant());
                a.endSessions();
                log.info(
                        "Agent {} retired by their insurer's administrator {}",
                        agentId,
                        currentUser.require().id());
            }
            return member(a);
        });
    }

    /** Lifts the lock of one of the insurer's agents. Empty when the id is not one of the insurer's agents. */
    @RolesAllowed("INSURER_ADMIN")
    public Optional<Member> unlock(long agentId) {
        return mine(agentId).filter(a -> a.getRetiredAt() == null).map(a -> {
            if (a.isLockedAt(clock.instant())) {
                a.unlock();
                log.info(
                        "Agent {} unlocked by their insurer's administrator {}",
                        agentId,
                        currentUser.require().id());
            }
            return member(a);
        });
    }

    private Optional<UserAccount> mine(long agentId) {
        long insurer = myInsurer();
        return accounts.findById(agentId)
                .filter(a -> a.getRole() == Role.AGENT
                        && a.getDeletedAt() == null
                        && a.getEmailVerifiedAt() != null
                        && Long.valueOf(insurer).equals(a.getInsurerId()));
    }

    private static Member member(UserAccount a) {
        return new Member(
                a.getId(), a.getEmail(), a.getDisplayName(), a.getLockedUntil(), a.getRetiredAt(), a.getLastLoginAt());
    }
}
