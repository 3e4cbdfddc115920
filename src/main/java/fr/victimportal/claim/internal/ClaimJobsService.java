package fr.victimportal.claim.internal;

import fr.victimportal.account.AccountService;
import fr.victimportal.account.Role;
import fr.victimportal.claim.ClaimDeadlines;
import fr.victimportal.claim.ClaimNotFoundException;
import fr.victimportal.claim.ClaimParticipants;
import fr.victimportal.claim.domain.Claim;
import fr.victimportal.claim.domain.ClaimDeathRepository;
import fr.victimportal.claim.domain.ClaimParticipant;
import fr.victimportal.claim.domain.ClaimParticipantRepository;
import fr.victimportal.claim.domain.ClaimRepository;
import fr.victimportal.claim.domain.Claimant;
import fr.victimportal.claim.domain.ClaimantRepository;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.model.ClaimFile;
import fr.victimportal.claim.model.ClaimStatus;
import fr.victimportal.claim.model.ClaimantStatus;
import fr.victimportal.claim.model.HelperScope;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.claim.spi.ClaimJobs;
import fr.victimportal.claim.spi.ClaimSchedule;
import fr.victimportal.deadline.DeadlineInputException;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls without a caller check ({@link ClaimJobs}), kept apart from the services that check the caller so that
 * only the modules allowed to use the interface reach them.
 */
@Service
@Transactional
class ClaimJobsService implements ClaimJobs {

    private static final Logger log = LoggerFactory.getLogger(ClaimJobsService.class);

    private final ClaimRepository claims;
    private final ClaimParticipantRepository participants;
    private final ClaimFiles files;
    private final ClaimDeadlines deadlines;
    private final AccountService accounts;
    private final Clock clock;
    private final ClaimQueueIndex queue;

    ClaimJobsService(
            ClaimRepository claims,
            ClaimParticipantRepository participants,
            ClaimFiles files,
            ClaimDeadlines deadlines,
            AccountService accounts,
            Clock clock,
            ClaimQueueIndex queue) {
        this.queue = queue;
        this.claims = claims;
        this.participants = participants;
        this.files = files;
        this.deadlines = deadlines;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClaimSchedule> scheduleForJobs(String reference, LocalDate today) {
        return claims.findByReference(reference)
                .filter(c -> c.getStatus() == ClaimStatus.SUBMITTED)
                .flatMap(c -> {
                    ClaimFile file = files.toFile(new Access(c, Relation.AGENT));
                    try {
                        return Optional.of(new ClaimSchedule(
                                c.getReference(),
                                c.getOwnerId(),
                                file.questionnaireAnswered(),
                                deadlines.scheduleFor(file, today),
                                deadlines.offerDates(c.getReference()),
                                deadlines.standingSettlement(file),
                                doctorsOf(c.getId()),
                                deadlines.reportReceived(file)));
                    } catch (DeadlineInputException impossible) {
                        log.warn("No legal clock for claim {}: {}", reference, impossible.getMessage());
                        return Optional.empty();
                    }
                });
    }

    /** The victim's assisting doctors taking part in the claim now (examination reminders are copied to them). */
    private List<Long> doctorsOf(long claimId) {
        return participants.findByClaimId(claimId).stream()
                .filter(p -> p.getRole() == Role.DOCTOR && p.activeAt(clock.instant()))
                .map(ClaimParticipant::getUserId)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> handlingInsurerId(String reference) {
        return claims.findByReference(reference).map(Claim::getHandlingInsurerId);
    }

    @Override
    public Optional<Long> submittedHandlingInsurerId(String reference) {
        return claims.findByReference(reference)
                .filter(c -> c.getSubmittedAt() != null)
                .map(Claim::getHandlingInsurerId);
    }

    @Override
    public void refreshQueue(String reference, LocalDate today) {
        claims.findByReference(reference).ifPresent(c -> queue.refresh(c, today));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClaimKey> byId(long claimId) {
        return claims.findById(claimId).map(c -> new ClaimKey(c.getId(), c.getReference(), c.getOwnerId()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> referencesOwnedBy(long ownerId) {
        return claims.findByOwnerIdOrderByCreatedAtDesc(ownerId).stream()
                .filter(c -> c.getStatus() == ClaimStatus.SUBMITTED)
                .map(Claim::getReference)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> helpersWith(String reference, HelperScope item) {
        return claims.findByReference(reference)
                .map(c -> participants.findByClaimId(c.getId()).stream()
                        .filter(p -> p.getRole() == Role.HELPER
                                && p.activeAt(clock.instant())
                                && HelperScope.decode(p.getScope()).contains(item))
                        .map(ClaimParticipant::getUserId)
                        .toList())
                .orElse(List.of());
    }

    @Override
    public long admitHelper(String reference, long userId, Set<HelperScope> scope, Instant until) {
        var claim = claims.findByReference(reference).orElseThrow(() -> new ClaimNotFoundException(reference));
        if (accounts.roleOf(userId).orElse(null) != Role.HELPER) {
            throw new UserInputException(null, "claim.participant.error.role");
        }
        participants.findByClaimIdAndUserId(claim.getId(), userId).stream()
                .filter(p -> p.activeAt(clock.instant()))
                .forEach(p -> p.end(clock.instant()));
        participants.save(
                ClaimParticipant.helper(claim.getId(), userId, HelperScope.encode(scope), clock.instant(), until));
        return claim.getOwnerId();
    }

    @Override
    public void endHelper(String reference, long userId) {
        claims.findByReference(reference)
                .ifPresent(c -> participants.findByClaimIdAndUserId(c.getId(), userId).stream()
                        .filter(p -> p.getRole() == Role.HELPER && p.activeAt(clock.instant()))
                        .forEach(p -> p.end(clock.instant())));
    }

    @Override
    public long admitInvited(String reference, long userId) {
        var claim = claims.findByReference(reference).orElseThrow(() -> new ClaimNotFoundException(reference));
        Role role = accounts.roleOf(userId)
                .filter(ClaimParticipants.PARTICIPANT_ROLES::contains)
                .orElseThrow(() -> new UserInputException(null, "claim.participant.error.role"));
        boolean already = participants.findByClaimIdAndUserId(claim.getId(), userId).stream()
                .anyMatch(p -> p.activeAt(clock.instant()));
        if (!already) {
            participants.save(new ClaimParticipant(claim.getId(), userId, role, clock.instant()));
        }
        return claim.getOwnerId();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> victimSideRecipients(String reference) {
        return claims.findByReference(reference)
                // a representative (a parent of a minor victim) lives on; the heir who opened a deceased victim's claim
                // is one of its heirs, who all receive the reminders
                .map(c -> deaths.findByClaimId(c.getId()).isEmpty()
                                || (c.representation().represented()
                                        && !c.representation().heir())
                        ? List.of(c.getOwnerId())
                        : claimants.findByClaimIdOrderByInvitedAtAsc(c.getId()).stream()
                                .filter(x -> x.getStatus() == ClaimantStatus.ACTIVE && x.isHeir())
                                .map(Claimant::getAccountId)
                                .filter(id -> id != null && !accounts.closed(id))
                                .toList())
                .orElse(List.of());
    }

    @Autowired
    void familyRepositories(ClaimDeathRepository deaths, ClaimantRepository claimants) {
        this.deaths = deaths;
        this.claimants = claimants;
    }

    private ClaimDeathRepository deaths;
    private ClaimantRepository claimants;
}
