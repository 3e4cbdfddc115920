package fr.victimportal.insurer;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.InsurerMembers;
import fr.victimportal.account.InsurerMembers.Member;
import fr.victimportal.audit.AuditAction;
import fr.victimportal.audit.AuditEntry;
import fr.victimportal.audit.AuditOutcome;
import fr.victimportal.audit.AuditTrail;
import fr.victimportal.insurer.domain.InsurerRepository;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The insurer's administrator's screens: their insurer's agents (retire, unlock) and what those agents did (the audit
 * trail entries whose actor is one of them). Every call works on the caller's own insurer; an agent of another insurer
 * is not found, like an unknown id. The administrator sees no claim: the journal names a claim by its number only.
 */
@Service
@Transactional
public class InsurerAdmin {

    /** The most journal entries the page shows. */
    public static final int JOURNAL_LIMIT = 200;

    private final InsurerMembers members;
    private final InsurerRepository insurers;
    private final AuditTrail audit;
    private final AccountService accounts;

    InsurerAdmin(InsurerMembers members, InsurerRepository insurers, AuditTrail audit, AccountService accounts) {
        this.members = members;
        this.insurers = insurers;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** The caller's insurer and its agents. */
    public record Team(InsurerRef insurer, List<Member> agents) {}

    /** One action of an agent, as the journal shows it. */
    public record JournalLine(
            Instant at,
            String agentName,
            AuditAction action,
            AuditOutcome outcome,
            @Nullable Long claimNumber) {}

    @RolesAllowed("INSURER_ADMIN")
    @Transactional(readOnly = true)
    public InsurerRef myInsurer() {
        return insurers.findById(members.myInsurer()).orElseThrow().ref();
    }

    @RolesAllowed("INSURER_ADMIN")
    @Transactional(readOnly = true)
    public Team team() {
        return new Team(myInsurer(), members.myAgents());
    }

    /** Retires an agent of the caller's insurer and ends their sessions (again: nothing more happens). */
    @RolesAllowed("INSURER_ADMIN")
    public Member retire(long agentId) {
        return members.retire(agentId).orElseThrow(() -> new AgentNotFoundException(agentId));
    }

    /** Unlocks an agent of the caller's insurer locked after failed sign-ins. */
    @RolesAllowed("INSURER_ADMIN")
    public Member unlock(long agentId) {
        return members.unlock(agentId).orElseThrow(() -> new AgentNotFoundException(agentId));
    }

    /** The latest actions of the insurer's agents (retired ones included), newest first. */
    @RolesAllowed("INSURER_ADMIN")
    @Transactional(readOnly = true)
    public List<JournalLine> journal() {
        List<Long> agents = members.myAgentIds();
        List<AuditEntry> entries = audit.entriesByActors(agents, JOURNAL_LIMIT);
        Map<Long, String> names = accounts.displayNames(agents);
        return entries.stream()
                .map(e -> new JournalLine(
                        e.at(), names.getOrDefault(e.actorId(), "—"), e.action(), e.outcome(), e.claimId()))
                .toList();
    }
}
