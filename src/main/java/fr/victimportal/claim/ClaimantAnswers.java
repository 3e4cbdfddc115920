package fr.victimportal.claim;

import fr.victimportal.account.CurrentUser;
import fr.victimportal.account.PortalUser;
import fr.victimportal.claim.domain.Claimant;
import fr.victimportal.claim.domain.ClaimantAnswersRepository;
import fr.victimportal.claim.domain.ClaimantAnswersRow;
import fr.victimportal.claim.domain.ClaimantRepository;
import fr.victimportal.claim.internal.ClaimAccessPolicy;
import fr.victimportal.claim.internal.ClaimAccessPolicy.Access;
import fr.victimportal.claim.internal.ClaimantAnswersRules;
import fr.victimportal.claim.model.ClaimantAnswersData;
import fr.victimportal.claim.model.ClaimantStatus;
import fr.victimportal.claim.model.KinLink;
import fr.victimportal.claim.model.Relation;
import fr.victimportal.shared.UserInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each claimant's own R211-38 answers (issue 24), beside {@link ClaimRelatives}. Only the claimant writes theirs (the
 * relative whose account joined the claim; for a minor, that account is the representative's); the handling insurer's
 * agent reads every claimant's; the direct victim, the other relatives and everyone else never read them. A save
 * carries the version the person read: a stale one (a second tab) is refused and nothing is written.
 */
@Service
@Transactional
public class ClaimantAnswers {

    /** The version of answers never saved. */
    public static final long NEW = -1;

    private final ClaimAccessPolicy access;
    private final CurrentUser currentUser;
    private final ClaimantRepository claimants;
    private final ClaimantAnswersRepository answers;
    private final Clock clock;

    ClaimantAnswers(
            ClaimAccessPolicy access,
            CurrentUser currentUser,
            ClaimantRepository claimants,
            ClaimantAnswersRepository answers,
            Clock clock) {
        this.access = access;
        this.currentUser = currentUser;
        this.claimants = claimants;
        this.answers = answers;
        this.clock = clock;
    }

    /**
     * A claimant's answers as their writer or the agent sees them: who they are (from the claimant row, never asked
     * again), the answers ({@link ClaimantAnswersData#EMPTY} before any save), the version to save against, when.
     */
    public record Sheet(
            long claimantId,
            String name,
            KinLink link,
            boolean heir,
            boolean minor,
            @Nullable String representativeName,
            ClaimantAnswersData answers,
            long version,
            @Nullable Instant updatedAt) {}

    /** The current user's own sheet in the claim, or empty when they are not one of its active claimants. */
    @Transactional(readOnly = true)
    public Optional<Sheet> mine(String reference) {
        Access a = access.require(reference, currentUser.require());
        if (a.relation() != Relation.RELATIVE) {
            return Optional.empty();
        }
        return own(a, currentUser.require()).map(this::sheet);
    }

    /** Every active claimant's sheet, for the handling insurer's agent only. */
    @Transactional(readOnly = true)
    public List<Sheet> all(String reference) {
        Access a = access.require(reference, currentUser.require());
        if (a.relation() != Relation.AGENT) {
            throw new UserInputException(null, "family.answers.error.agentOnly");
        }
        return claimants.findByClaimIdOrderByInvitedAtAsc(a.claim().getId()).stream()
                .filter(c -> c.getStatus() == ClaimantStatus.ACTIVE)
                .map(this::sheet)
                .toList();
    }

    /**
     * The claimant saves their own answers against the version they read ({@link #NEW} the first time); returns the
     * new version. Refused, nothing written: anyone but an active claimant of the claim, a stale version, bad input.
     */
    public long save(String reference, long expectedVersion, ClaimantAnswersData in) {
        PortalUser me = currentUser.require();
        Access a = access.require(reference, me);
        Claimant claimant = (a.relation() == Relation.RELATIVE ? own(a, me) : Optional.<Claimant>empty())
                .orElseThrow(() -> new UserInputException(null, "family.answers.error.claimantOnly"));
        ClaimantAnswersData clean = ClaimantAnswersRules.clean(in, LocalDate.now(clock));
        Optional<ClaimantAnswersRow> existing = answers.findByClaimantId(claimant.getId());
        long current = existing.map(ClaimantAnswersRow::getVersion).orElse(NEW);
        if (current != expectedVersion) {
            throw new UserInputException(null, "family.answers.error.stale");
        }
        ClaimantAnswersRow row = existing.orElseGet(() -> new ClaimantAnswersRow(claimant.getId()));
        row.apply(clean, clock.instant());
        return answers.saveAndFlush(row).getVersion();
    }

    /** The current user's own sheets in every claim where they are a claimant (their data export). */
    @Transactional(readOnly = true)
    public List<Owned> everyOwn() {
        PortalUser me = currentUser.require();
        return claimants.findByAccountId(me.id()).stream()
                .filter(c -> c.getStatus() != ClaimantStatus.INVITED)
                .map(c -> new Owned(c.getClaimId(), sheet(c)))
                .toList();
    }

    /** A sheet of the export, with the claim it belongs to. */
    public record Owned(long claimId, Sheet sheet) {}

    private Optional<Claimant> own(Access a, PortalUser me) {
        return claimants.findByClaimIdAndAccountId(a.claim().getId(), me.id()).stream()
                .filter(c -> c.getStatus() == ClaimantStatus.ACTIVE)
                .findFirst();
    }

    private Sheet sheet(Claimant c) {
        Optional<ClaimantAnswersRow> row = answers.findByClaimantId(c.getId());
        return new Sheet(
                c.getId(),
                c.getName(),
                c.getLink(),
                c.isHeir(),
                c.isMinor(),
                c.getRepresentativeName(),
                row.map(ClaimantAnswersRow::data).orElse(ClaimantAnswersData.EMPTY),
                row.map(ClaimantAnswersRow::getVersion).orElse(NEW),
                row.map(ClaimantAnswersRow::getUpdatedAt).orElse(null));
    }
}
